namespace Perheverkko.Web.Platform.Search;

/// <summary>
/// What the Finnish analysis knows of one word: its base forms (one per reading; "Savonlinnassa" → savonlinna) and,
/// for each reading that is a compound, its parts ("perhekerhoon" → perhe, kerho). All lower case.
/// </summary>
public sealed record FinnishWord(IReadOnlyList<string> BaseForms, IReadOnlyList<IReadOnlyList<string>> Compounds)
{
    public static FinnishWord Unknown { get; } = new([], []);

    public bool IsKnown => BaseForms.Count > 0;
}

/// <summary>Base forms and compound parts of Finnish words: Voikko when installed, otherwise a stemmer.</summary>
public interface IFinnishMorphology
{
    /// <summary>Says which analysis this is, for the startup banner and the logs.</summary>
    string Description { get; }

    /// <summary>Whether terms are dictionary base forms (Voikko) rather than stems; an index built with one is reindexed for the other.</summary>
    bool GivesBaseForms { get; }

    /// <param name="word">One lower-case word of letters (and digits) as the tokeniser gives it.</param>
    FinnishWord Analyse(string word);
}
