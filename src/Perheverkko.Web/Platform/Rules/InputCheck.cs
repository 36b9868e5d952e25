using System.Net.Mail;

namespace Perheverkko.Web.Platform.Rules;

/// <summary>A validation message as a text key (see Platform/Localization/Texts) and its arguments.</summary>
public sealed record FieldError(string Key, params object[] Args);

/// <summary>
/// Input validation (required, length, format), kept apart from domain rules. Collects every problem
/// with the field it belongs to, so a form can show each message next to its field.
/// </summary>
public sealed class InputCheck
{
    private readonly Dictionary<string, List<FieldError>> errors = new(StringComparer.Ordinal);

    public InputCheck Required(string field, string? value, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value)) Add(field, new FieldError("validation.required"));
        else if (value.Trim().Length > maxLength) Add(field, new FieldError("validation.max_length", maxLength));
        else if (InputText.HasForbiddenCharacters(value)) Add(field, new FieldError("validation.control_characters"));
        return this;
    }

    public InputCheck Optional(string field, string? value, int maxLength)
    {
        if (value is not null && value.Trim().Length > maxLength) Add(field, new FieldError("validation.max_length", maxLength));
        else if (value is not null && InputText.HasForbiddenCharacters(value)) Add(field, new FieldError("validation.control_characters"));
        return this;
    }

    public InputCheck Email(string field, string? value)
    {
        Required(field, value, 254);
        if (!string.IsNullOrWhiteSpace(value) && value.Trim().Length <= 254 && !IsEmail(value.Trim())) Add(field, new FieldError("validation.email"));
        return this;
    }

    public InputCheck Defined<TEnum>(string field, TEnum? value) where TEnum : struct, Enum
    {
        if (value is null) Add(field, new FieldError("validation.required"));
        else if (!Enum.IsDefined(value.Value)) Add(field, new FieldError("validation.choice"));
        return this;
    }

    public InputCheck That(bool condition, string field, string key, params object[] args)
    {
        if (!condition) Add(field, new FieldError(key, args));
        return this;
    }

    public void ThrowIfInvalid()
    {
        if (errors.Count > 0) throw new InputInvalid(errors.ToDictionary(e => e.Key, e => (IReadOnlyList<FieldError>)e.Value));
    }

    private void Add(string field, FieldError error)
    {
        if (!errors.TryGetValue(field, out var list)) errors[field] = list = [];
        list.Add(error);
    }

    private static bool IsEmail(string value) =>
        MailAddress.TryCreate(value, out var address) && address.Address == value && value.Contains('.', StringComparison.Ordinal);
}
