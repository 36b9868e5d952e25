using System.Reflection;

namespace Perheverkko.Web.Platform.Privacy;

/// <summary>Whose personal data a category holds.</summary>
public enum DataSubject
{
    /// <summary>People with a staff account: the parties' coordinators, representatives and professionals.</summary>
    Staff,
    /// <summary>The contact persons an organisation names for the agreement's annex.</summary>
    ContactPersons,
    /// <summary>The people a party names to sign the agreement, and those its decisions name.</summary>
    Signatories,
    /// <summary>Members, deputies, chairs and secretaries of the network's groups.</summary>
    GroupMembers,
    /// <summary>Families who contact the network.</summary>
    Families,
    /// <summary>Anyone who sends feedback through a public form.</summary>
    FeedbackSenders,
    /// <summary>Employees and volunteers of the organisations who lead or help in the network's activities.</summary>
    ActivityWorkers,
}

/// <summary>The lawful basis of processing (GDPR art. 6(1)); a public body's work is a public task, not a legitimate interest.</summary>
public enum LegalBasis
{
    /// <summary>Art. 6(1)(e): a task carried out in the public interest (the network's cooperation agreement, 001).</summary>
    PublicTask,
    /// <summary>Art. 6(1)(c): a legal obligation of the controller (e.g. logging under 906/2019 §17, feedback under 306/2019 §15).</summary>
    LegalObligation,
    /// <summary>Art. 6(1)(a): the data subject's consent.</summary>
    Consent,
}

/// <summary>
/// One stored property that holds personal data: the entity type and the property's name (a dotted path into an owned
/// value, e.g. <c>Person.Email</c>), so a test can check that it exists. <see cref="Label"/> is the text shown for it
/// (<c>privacy.field.&lt;label&gt;</c>); several properties may share one label (an e-mail and its normalised copy).
/// </summary>
public sealed record PersonalDataField(Type Entity, string Property, string Label)
{
    /// <summary>The property this field names, or null when there is none such (the register test fails then).</summary>
    public PropertyInfo? Resolve()
    {
        PropertyInfo? property = null;
        var type = Entity;
        foreach (var part in Property.Split('.'))
        {
            property = type.GetProperty(part, BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance);
            if (property is null) return null;
            type = property.PropertyType;
        }
        return property;
    }
}

/// <summary>
/// One category of personal data as the register description (GDPR art. 13/14, "rekisteriseloste") states it. The texts
/// are <c>privacy.category.&lt;key&gt;.title</c>, <c>.purpose</c>, <c>.retention</c> and <c>.recipients</c> in every
/// language; <see cref="ScopeNote"/>, when given, is the key of a text saying what the data is not (e.g. not a
/// social-welfare client record), shown in the notice's own section on that.
/// </summary>
/// <param name="Key">Stable, lower-case with hyphens: the texts' keys and the notice's anchors are made of it.</param>
/// <param name="RetentionEnforcedBy">
/// The setting or job that enforces the retention stated in the text (e.g. <c>job perheneuvo-retention</c>), or null
/// when no code deletes the data yet: the text then says how long it is kept and that nothing deletes it automatically.
/// </param>
/// <param name="EncryptedAtRest">Encrypted in the database with a key kept outside it (hashes of secrets are not encryption).</param>
public sealed record PersonalDataCategory(
    string Key,
    IReadOnlyList<DataSubject> Subjects,
    IReadOnlyList<PersonalDataField> Fields,
    LegalBasis LegalBasis,
    string? RetentionEnforcedBy,
    bool EncryptedAtRest,
    string? ScopeNote = null)
{
    public string TitleKey => $"privacy.category.{Key}.title";
    public string PurposeKey => $"privacy.category.{Key}.purpose";
    public string RetentionKey => $"privacy.category.{Key}.retention";
    public string RecipientsKey => $"privacy.category.{Key}.recipients";

    /// <summary>Every text key the category needs, for the texts test.</summary>
    public IEnumerable<string> TextKeys =>
        new[] { TitleKey, PurposeKey, RetentionKey, RecipientsKey }
            .Concat(Fields.Select(f => PersonalDataRegister.FieldKey(f.Label)))
            .Concat(Subjects.Select(PersonalDataRegister.SubjectKey))
            .Append(PersonalDataRegister.BasisKey(LegalBasis))
            .Concat(ScopeNote is null ? [] : [ScopeNote]);
}

/// <summary>
/// What a feature (or a platform part) stores about people, declared beside its entities in a file of its own. Every
/// implementation in the application is found by reflection and listed on the privacy notice (decision 0031); a unit
/// test checks that each declared field is a real property and that every personal-looking property is declared.
/// </summary>
public interface IPersonalDataRegister
{
    IEnumerable<PersonalDataCategory> Categories { get; }
}

/// <summary>All the declared categories, in a stable order: by the order of <see cref="DataSubject"/>, then by key.</summary>
public sealed class PersonalDataRegister(IEnumerable<IPersonalDataRegister> registers)
{
    public IReadOnlyList<PersonalDataCategory> Categories { get; } = registers.SelectMany(r => r.Categories)
        .OrderBy(c => c.Subjects.Min()).ThenBy(c => c.Key, StringComparer.Ordinal).ToList();

    public static string SubjectKey(DataSubject subject) => "privacy.subject." + subject;

    public static string BasisKey(LegalBasis basis) => "privacy.basis." + basis;

    public static string FieldKey(string label) => "privacy.field." + label;

    /// <summary>The registers of an assembly: each non-abstract class implementing <see cref="IPersonalDataRegister"/>.</summary>
    public static IEnumerable<Type> TypesIn(Assembly assembly) =>
        assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IPersonalDataRegister).IsAssignableFrom(t));
}
