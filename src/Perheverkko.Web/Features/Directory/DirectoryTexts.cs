namespace Perheverkko.Web.Features.Directory;

/// <summary>The text keys the directory picks by value, spelled out so the texts test sees every key that is used.</summary>
public static class DirectoryTexts
{
    public static string FilterField(string field) => field switch
    {
        "q" => "directory.field.q",
        "municipality" => "directory.field.municipality",
        "kind" => "directory.field.kind",
        "age" => "directory.field.age",
        "language" => "directory.field.language",
        "day" => "directory.field.day",
        _ => "directory.field.page",
    };

    public static string SaveAnd(PublicationState state) => state switch
    {
        PublicationState.Published => "directory.save_and.Published",
        PublicationState.Archived => "directory.save_and.Archived",
        _ => "directory.save_and.Draft",
    };

    public static string StateChanged(PublicationState? state) => state switch
    {
        PublicationState.Published => "directory.state_changed.Published",
        PublicationState.Archived => "directory.state_changed.Archived",
        _ => "directory.state_changed.Draft",
    };

    public static string Type(string type) => type switch
    {
        DirectorySearchDocuments.ActivityKind => "directory.type.activity",
        DirectorySearchDocuments.ServiceKind => "directory.type.service",
        _ => "directory.type.meeting_place",
    };

    public static string LanguageName(string code) => code switch
    {
        "Sv" or "sv" => "language.name.sv",
        "En" or "en" => "language.name.en",
        _ => "language.name.fi",
    };
}
