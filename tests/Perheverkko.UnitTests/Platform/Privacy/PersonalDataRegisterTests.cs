using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Perheverkko.Web.Data;
using Perheverkko.Web.Hosting;
using Perheverkko.Web.Platform.Localization;
using Perheverkko.Web.Platform.Privacy;

namespace Perheverkko.UnitTests.Platform.Privacy;

/// <summary>
/// The privacy notice is made from the register (decision 0031), so the register must be true to the model: every
/// declared field is a real property, and every property of the model whose name looks personal is declared in some
/// category — or listed below with the reason it is not personal data.
/// </summary>
public sealed partial class PersonalDataRegisterTests
{
    /// <summary>Personal-looking properties that are not personal data, by "Type.Property", each with its reason.</summary>
    private static readonly Dictionary<string, string> NotPersonal = new()
    {
        ["Organisation.Name"] = "an organisation's name: a legal person, public",
        ["Region.Name"] = "a wellbeing services county's name",
        ["Municipality.Name"] = "a municipality's name",
        ["FamilyCentre.Name"] = "a family centre's name",
        ["Group.Name"] = "a group's name (the leadership group), not a person",
        ["Party.ListedName"] = "the party organisation's name as the agreement lists it",
        ["SigningEvent.PartyName"] = "the party organisation's name in the signing evidence",
        ["AgendaAttachment.FileName"] = "a document's file name",
        ["PartyDecision.AttachmentFileName"] = "a decision document's file name",
        ["IdentityUserToken`1.Name"] = "the kind of an account's token (e.g. AuthenticatorKey); its value is declared",
        ["IdentityUserToken`1.LoginProvider"] = "the name of the identity provider, not a person",
        ["IdentityUserLogin`1.LoginProvider"] = "the name of the identity provider, not a person",
        ["DataProtectionKey.FriendlyName"] = "the deployment's key's name",
        ["JobLease.Name"] = "a background job's name",
        ["OutboxMessage.LockedBy"] = "the name of the app instance sending the mail",
        ["JobLease.LockedBy"] = "the name of the app instance running the job",
        ["IdentityUser`1.PhoneNumberConfirmed"] = "a flag of the declared phone number",
        ["IdentityUser`1.EmailConfirmed"] = "a flag of the declared e-mail address",
        ["DirectoryEntry.Name"] = "the name of an activity or service in the directory",
        // The directory publishes each service's and meeting place's own contact channel for families, on purpose.
        ["MeetingPlace.Email"] = "a meeting place's public contact channel, published in the directory",
        ["MeetingPlace.Phone"] = "a meeting place's public contact channel, published in the directory",
        ["MeetingPlace.StreetAddress"] = "a meeting place's public street address",
        ["Service.Email"] = "a service's public contact channel, published in the directory",
        ["Service.Phone"] = "a service's public contact channel, published in the directory",
        ["FamilyCentre.Email"] = "a family centre's public contact channel, published in the directory",
        ["FamilyCentre.Phone"] = "a family centre's public contact channel, published in the directory",
        ["FamilyCentre.StreetAddress"] = "a family centre's public street address",
        ["AdviceSettings.Phone"] = "Perheneuvo's public phone number, not a person's",
        ["AdviceSettings.PhoneHours"] = "when Perheneuvo's phone is answered",
        ["AdviceTopic.Name"] = "the name of a topic families choose",
        ["MaterialFolder.Name"] = "the name of a material bank's folder (a theme)",
        ["MaterialVersion.FileName"] = "a material's file name",
    };

    /// <summary>Names that look like a person's data: names, contact details and who did something.</summary>
    [GeneratedRegex("Name|Email|Phone|Address|Author|Actor|Signatory|Preparer|Presenter|AuthorisedToSign|By$")]
    private static partial Regex LooksPersonal();

    private static readonly IReadOnlyList<PersonalDataCategory> Categories = PersonalDataRegister.TypesIn(typeof(AppSetup).Assembly)
        .Select(t => (IPersonalDataRegister)Activator.CreateInstance(t)!)
        .SelectMany(r => r.Categories).ToList();

    [Fact]
    public void The_register_is_found_in_the_application()
    {
        Assert.Contains(Categories, c => c.Key == "staff-accounts");
        Assert.Contains(Categories, c => c.Key == "contact-persons");
        Assert.Contains(Categories, c => c.Key == "group-members");
        Assert.Contains(Categories, c => c.Key == "signing-evidence");
        Assert.Contains(Categories, c => c.Key == "audit-trail");
        Assert.Contains(Categories, c => c.Key == "outbox");
    }

    [Fact]
    public void Every_category_has_a_unique_stable_key_subjects_and_fields()
    {
        Assert.Equal(Categories.Count, Categories.Select(c => c.Key).Distinct().Count());
        Assert.All(Categories, c =>
        {
            Assert.Matches("^[a-z]+(-[a-z]+)*$", c.Key);
            Assert.NotEmpty(c.Subjects);
            Assert.NotEmpty(c.Fields);
        });
    }

    [Fact]
    public void Every_declared_field_names_a_real_property()
    {
        var missing = Categories.SelectMany(c => c.Fields.Where(f => f.Resolve() is null).Select(f => $"{c.Key}: {f.Entity.Name}.{f.Property}")).ToList();
        Assert.True(missing.Count == 0, "Declared fields that are no property:\n" + string.Join("\n", missing));
    }

    [Fact]
    public void Every_declared_field_is_stored_in_the_database()
    {
        var stored = StoredProperties().Select(p => Key(p.PropertyInfo!)).ToHashSet();
        var notStored = Categories.SelectMany(c => c.Fields.Select(f => (c.Key, Field: f, Property: f.Resolve())))
            .Where(x => x.Property is not null && !stored.Contains(Key(x.Property)))
            .Select(x => $"{x.Key}: {x.Field.Entity.Name}.{x.Field.Property}").ToList();
        Assert.True(notStored.Count == 0, "Declared fields that no table stores:\n" + string.Join("\n", notStored));
    }

    [Fact]
    public void Every_personal_looking_property_of_the_model_is_declared_or_explained()
    {
        var declared = Categories.SelectMany(c => c.Fields).Select(f => f.Resolve()).OfType<PropertyInfo>().Select(Key).ToHashSet();
        var undeclared = StoredProperties().Select(p => p.PropertyInfo!)
            .Where(p => LooksPersonal().IsMatch(p.Name))
            .Select(Key).Distinct()
            .Where(k => !declared.Contains(k) && !NotPersonal.ContainsKey(k))
            .Order(StringComparer.Ordinal).ToList();
        Assert.True(undeclared.Count == 0,
            "Properties that look personal but are in no category of the register (declare them, or list them as not personal with the reason):\n"
            + string.Join("\n", undeclared));
    }

    [Fact]
    public void The_list_of_what_is_not_personal_names_only_real_properties_that_are_not_declared()
    {
        var stored = StoredProperties().Select(p => Key(p.PropertyInfo!)).ToHashSet();
        var declared = Categories.SelectMany(c => c.Fields).Select(f => f.Resolve()).OfType<PropertyInfo>().Select(Key).ToHashSet();
        Assert.Empty(NotPersonal.Keys.Where(k => !stored.Contains(k)).Order());
        Assert.Empty(NotPersonal.Keys.Where(declared.Contains).Order());
    }

    [Theory]
    [InlineData("fi")]
    [InlineData("sv")]
    [InlineData("en")]
    public void Every_text_of_the_register_exists(string language)
    {
        var texts = new Texts().All(language);
        var missing = Categories.SelectMany(c => c.TextKeys)
            .Concat(Enum.GetValues<DataSubject>().Select(PersonalDataRegister.SubjectKey))
            .Concat(Enum.GetValues<LegalBasis>().Select(PersonalDataRegister.BasisKey))
            .Distinct().Where(k => !texts.ContainsKey(k)).Order(StringComparer.Ordinal).ToList();
        Assert.True(missing.Count == 0, $"Keys missing from {language}.json:\n" + string.Join("\n", missing));
    }

    /// <summary>Every scalar property the model stores, complex types' included, that is a CLR property (not a shadow key).</summary>
    private static List<IPropertyBase> StoredProperties()
    {
        using var db = new PerheverkkoDb(new DbContextOptionsBuilder<PerheverkkoDb>().UseSqlite("Data Source=:memory:").Options);
        var result = new List<IPropertyBase>();
        foreach (var entity in db.Model.GetEntityTypes())
        {
            result.AddRange(entity.GetDeclaredProperties());
            foreach (var complex in entity.GetDeclaredComplexProperties()) AddComplex(complex, result);
        }
        return result.Where(p => p.PropertyInfo is not null).ToList();

        static void AddComplex(IComplexProperty complex, List<IPropertyBase> into)
        {
            into.Add(complex);
            into.AddRange(complex.ComplexType.GetProperties());
            foreach (var inner in complex.ComplexType.GetComplexProperties()) AddComplex(inner, into);
        }
    }

    private static string Key(PropertyInfo property) => $"{property.DeclaringType!.Name}.{property.Name}";
}
