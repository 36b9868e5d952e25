using System.Runtime.InteropServices;
using System.Text;
using System.Text.RegularExpressions;

namespace Perheverkko.Web.Platform.Search;

/// <summary>
/// Finnish morphology from Voikko (Debian's libvoikko1 with the voikko-fi dictionary) through its C interface.
/// A Voikko handle must not be used by two threads at once, so this keeps a few handles, each behind its own lock
/// (docs/decisions/0012-finnish-search.md has the measurement that chose this over one handle and one lock).
/// </summary>
public sealed partial class VoikkoMorphology : IFinnishMorphology, IDisposable
{
    private const string Library = "libvoikko.so.1";

    private readonly Slot[] slots;
    private int disposed;

    private sealed class Slot(IntPtr handle)
    {
        public IntPtr Handle = handle;
    }

    private VoikkoMorphology(Slot[] slots) => this.slots = slots;

    public string Description => "Voikko (voikko-fi)";

    public bool GivesBaseForms => true;

    public int Handles => slots.Length;

    /// <summary>Opens Voikko with <paramref name="handles"/> handles, or says why it cannot (no library, no dictionary).</summary>
    /// <param name="language">Finnish; the tests ask for a language without a dictionary to see the refusal.</param>
    public static VoikkoMorphology? TryOpen(int handles, out string? problem, string language = "fi")
    {
        var opened = new List<Slot>();
        try
        {
            for (var i = 0; i < Math.Max(1, handles); i++)
            {
                var handle = voikkoInit(out var error, language, null);
                if (handle == IntPtr.Zero)
                {
                    problem = $"Voikko has no dictionary for '{language}': " + (Marshal.PtrToStringUTF8(error) ?? "unknown error");
                    foreach (var slot in opened) voikkoTerminate(slot.Handle);
                    return null;
                }
                opened.Add(new Slot(handle));
            }
            problem = null;
            return new VoikkoMorphology([.. opened]);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException or BadImageFormatException)
        {
            problem = "libvoikko is not installed (" + e.GetType().Name + ")";
            return null;
        }
    }

    public FinnishWord Analyse(string word)
    {
        ObjectDisposedException.ThrowIf(disposed != 0, this);
        // Any free handle; when all are busy, wait for this thread's usual one.
        var home = (Environment.CurrentManagedThreadId & int.MaxValue) % slots.Length;
        for (var i = 0; i < slots.Length; i++)
        {
            var slot = slots[(home + i) % slots.Length];
            if (!Monitor.TryEnter(slot)) continue;
            try { return AnalyseWith(slot.Handle, word); }
            finally { Monitor.Exit(slot); }
        }
        lock (slots[home]) return AnalyseWith(slots[home].Handle, word);
    }

    private static FinnishWord AnalyseWith(IntPtr handle, string word)
    {
        var analyses = voikkoAnalyzeWordCstr(handle, Utf8(word));
        if (analyses == IntPtr.Zero) return FinnishWord.Unknown;
        try
        {
            var baseForms = new List<string>();
            var compounds = new List<IReadOnlyList<string>>();
            for (var i = 0; ; i++)
            {
                var analysis = Marshal.ReadIntPtr(analyses, i * IntPtr.Size);
                if (analysis == IntPtr.Zero) break;
                var baseForm = Value(analysis, "BASEFORM");
                if (string.IsNullOrEmpty(baseForm)) continue;
                baseForm = Term(baseForm);
                if (baseForm.Length == 0) continue;
                if (!baseForms.Contains(baseForm)) baseForms.Add(baseForm);
                var parts = CompoundParts(baseForm, Value(analysis, "WORDBASES"));
                if (parts.Count >= 2 && !compounds.Any(c => c.SequenceEqual(parts))) compounds.Add(parts);
            }
            return new FinnishWord(baseForms, compounds);
        }
        finally
        {
            voikko_free_mor_analysis(analyses);
        }
    }

    /// <summary>
    /// The parts of a compound from Voikko's WORDBASES, for example "+perhe(perhe)+valmenn(valmentaa)+us(+us)" of
    /// "perhevalmennukseen": a part is a word with the derivational suffixes after it ("+us", whose base starts with
    /// a plus). A non-final part is its own base form (kohtaamis → kohdata) unless suffixes were joined to it; the
    /// final part is what the whole base form has after the earlier parts' surface (perhevalmennus → valmennus).
    /// </summary>
    internal static IReadOnlyList<string> CompoundParts(string baseForm, string? wordBases)
    {
        if (string.IsNullOrEmpty(wordBases)) return [];
        var groups = new List<(string Surface, string? Base, bool Derived)>();
        foreach (Match m in WordBase().Matches(wordBases))
        {
            var surface = m.Groups["surface"].Value;
            var lemma = m.Groups["base"].Success ? m.Groups["base"].Value : null;
            if (lemma is not null && lemma.StartsWith('+') && groups.Count > 0)
            {
                var last = groups[^1];
                groups[^1] = (last.Surface + surface, last.Base, true);
            }
            else groups.Add((surface, lemma, false));
        }
        if (groups.Count < 2) return [];

        var parts = new List<string>();
        var prefix = new StringBuilder();
        for (var i = 0; i < groups.Count - 1; i++)
        {
            var (surface, lemma, derived) = groups[i];
            var part = Term(derived || lemma is null ? surface : lemma);
            if (part.Length > 0) parts.Add(part);
            prefix.Append(Term(surface));
        }
        var lastPart = baseForm.StartsWith(prefix.ToString(), StringComparison.Ordinal) && baseForm.Length > prefix.Length
            ? baseForm[prefix.Length..]
            : Term(groups[^1].Surface);
        if (lastPart.Length > 0) parts.Add(lastPart);
        return parts.Distinct().ToList();
    }

    /// <summary>Lower case, letters and digits only (Voikko writes "Pieksä=mäki" for a lexicalised compound).</summary>
    private static string Term(string value) =>
        new(value.ToLowerInvariant().Where(c => char.IsLetterOrDigit(c)).ToArray());

    [GeneratedRegex(@"\+(?<surface>[^+(]*)(\((?<base>[^)]*)\))?")]
    private static partial Regex WordBase();

    private static string? Value(IntPtr analysis, string key)
    {
        var value = voikko_mor_analysis_value_cstr(analysis, Utf8(key));
        if (value == IntPtr.Zero) return null;
        try { return Marshal.PtrToStringUTF8(value); }
        finally { voikko_free_mor_analysis_value_cstr(value); }
    }

    private static byte[] Utf8(string text)
    {
        var bytes = new byte[Encoding.UTF8.GetByteCount(text) + 1];
        Encoding.UTF8.GetBytes(text, bytes);
        return bytes;
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 1) return;
        foreach (var slot in slots)
            lock (slot)
            {
                voikkoTerminate(slot.Handle);
                slot.Handle = IntPtr.Zero;
            }
    }

    [DllImport(Library)]
    private static extern IntPtr voikkoInit(out IntPtr error, [MarshalAs(UnmanagedType.LPUTF8Str)] string language, [MarshalAs(UnmanagedType.LPUTF8Str)] string? path);

    [DllImport(Library)]
    private static extern void voikkoTerminate(IntPtr handle);

    [DllImport(Library)]
    private static extern IntPtr voikkoAnalyzeWordCstr(IntPtr handle, byte[] word);

    [DllImport(Library)]
    private static extern IntPtr voikko_mor_analysis_value_cstr(IntPtr analysis, byte[] key);

    [DllImport(Library)]
    private static extern void voikko_free_mor_analysis_value_cstr(IntPtr value);

    [DllImport(Library)]
    private static extern void voikko_free_mor_analysis(IntPtr analyses);
}
