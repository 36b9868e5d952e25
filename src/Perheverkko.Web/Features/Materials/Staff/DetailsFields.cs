using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Perheverkko.Web.Features.Materials.Staff;

/// <summary>What the shared fields of a material's form show: the values typed, the choices and the messages of a refused post.</summary>
public sealed record DetailsFields(string Prefix, MaterialFormChoices Choices, ModelStateDictionary State, Guid? FolderId, string? Title,
    string? Description, string? Tags, MaterialVisibility? Visibility, Guid? GroupId)
{
    public string? Error(string key) =>
        State.TryGetValue(key, out var entry) && entry.Errors.Count > 0 ? string.Join(" ", entry.Errors.Select(e => e.ErrorMessage)) : null;
}
