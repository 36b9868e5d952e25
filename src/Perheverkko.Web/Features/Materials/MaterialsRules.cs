using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.Web.Features.Materials;

/// <summary>The material bank's rules (issue #18 item 3), each with its stable code and message, declared once.</summary>
public static class MaterialsRules
{
    /// <summary>A material the person may not see reads the same as one that does not exist, so its existence does not leak.</summary>
    public static readonly Rule NotFound = new("material.not_found", "No such material.", RuleKind.NotFound);
    public static readonly Rule VersionNotFound = new("material.version_not_found", "No such version of the material.", RuleKind.NotFound);
    public static readonly Rule FolderNotFound = new("material.folder_not_found", "No such folder.", RuleKind.NotFound);
    public static readonly Rule FolderUnknown = new("material.folder_unknown", "Choose a folder of the material bank.", Field: "folderId");
    public static readonly Rule FolderNotEmpty = new("material.folder_not_empty", "The folder has materials; move or remove them first.", RuleKind.Conflict);
    public static readonly Rule GroupRequired = new("material.group_required", "Choose the group whose members may see the material.", Field: "groupId");
    public static readonly Rule GroupUnknown = new("material.group_unknown", "Choose a group of the region.", Field: "groupId");
    public static readonly Rule UrlInvalid = new("material.url_invalid", "A link is a full web address beginning with https:// or http://.", Field: "url");
    public static readonly Rule TagsInvalid = new("material.tags_invalid", "Give at most 10 keywords, each at most 40 characters.", Field: "tags");
    public static readonly Rule FileRequired = new("material.file_required", "Choose the file to add.", Field: "file");
    public static readonly Rule FileEmpty = new("material.file_empty", "The file is empty.", Field: "file");
    /// <summary>The same limit as agenda documents (<see cref="Platform.Documents.AttachmentFiles.MaxBytes"/>).</summary>
    public static readonly Rule FileTooLarge = new("material.file_too_large", "The file is larger than 20 MB.", RuleKind.Unprocessable, "file");
    /// <summary>The same content checks as agenda documents: PDF, Word and Excel without macros, recognised by content.</summary>
    public static readonly Rule FileTypeNotAllowed = new("material.file_type_not_allowed", "Only PDF, Word (.docx) and Excel (.xlsx) files without macros can be added, and the content must be of the type the name says.", Field: "file");
    /// <summary>A link has no file, so no versions.</summary>
    public static readonly Rule NotAFile = new("material.not_a_file", "A link has no file versions.", RuleKind.Conflict);
    public static readonly Rule Stale = new("material.stale", "Someone else changed the material after you opened it. Reload and try again.", RuleKind.Conflict);
}
