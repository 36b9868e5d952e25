using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.UnitTests.Platform.Rules;

public sealed class InputCheckTests
{
    private enum Colour { Red, Green }

    private static IReadOnlyDictionary<string, IReadOnlyList<FieldError>> ErrorsOf(InputCheck check) =>
        Assert.Throws<InputInvalid>(check.ThrowIfInvalid).Errors;

    [Fact]
    public void ThrowIfInvalid_NoProblems_DoesNotThrow()
    {
        new InputCheck()
            .Required("name", "Maija", 10)
            .Optional("title", null, 10)
            .Email("email", "maija@example.fi")
            .Defined<Colour>("colour", Colour.Green)
            .That(true, "x", "validation.range", 1, 2)
            .ThrowIfInvalid();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Required_Blank_IsValidationRequired(string? value)
    {
        var errors = ErrorsOf(new InputCheck().Required("name", value, 10));
        Assert.Equal("validation.required", Assert.Single(errors["name"]).Key);
    }

    [Fact]
    public void Required_TooLong_IsValidationMaxLengthWithTheLimit()
    {
        var error = Assert.Single(ErrorsOf(new InputCheck().Required("name", new string('a', 11), 10))["name"]);
        Assert.Equal("validation.max_length", error.Key);
        Assert.Equal([10], error.Args);
    }

    [Fact]
    public void Required_LengthCountsTrimmedValue()
    {
        new InputCheck().Required("name", "  " + new string('a', 10) + "  ", 10).ThrowIfInvalid();
    }

    [Fact]
    public void Optional_NullOrShort_IsAccepted_TooLong_IsRefused()
    {
        new InputCheck().Optional("title", null, 3).Optional("title", "", 3).Optional("title", "abc", 3).ThrowIfInvalid();
        Assert.Equal("validation.max_length", Assert.Single(ErrorsOf(new InputCheck().Optional("title", "abcd", 3))["title"]).Key);
    }

    [Theory]
    [InlineData("maija")]
    [InlineData("maija@")]
    [InlineData("maija@example")]
    [InlineData("Maija <maija@example.fi>")]
    [InlineData("maija@@example.fi")]
    public void Email_NotAnAddress_IsValidationEmail(string value)
    {
        Assert.Equal("validation.email", Assert.Single(ErrorsOf(new InputCheck().Email("email", value))["email"]).Key);
    }

    [Theory]
    [InlineData("maija@example.fi")]
    [InlineData("  maija.meikalainen@mikkeli.fi ")]
    [InlineData("first.last+tag@sub.example.org")]
    public void Email_Address_IsAccepted(string value) => new InputCheck().Email("email", value).ThrowIfInvalid();

    [Fact]
    public void Email_Blank_IsRequiredOnly()
    {
        Assert.Equal("validation.required", Assert.Single(ErrorsOf(new InputCheck().Email("email", " "))["email"]).Key);
    }

    [Fact]
    public void Email_TooLong_IsMaxLengthOnly()
    {
        var value = new string('a', 250) + "@example.fi";
        Assert.Equal("validation.max_length", Assert.Single(ErrorsOf(new InputCheck().Email("email", value))["email"]).Key);
    }

    [Fact]
    public void Defined_NullOrUnknownEnum_IsRequiredOrChoice()
    {
        var errors = ErrorsOf(new InputCheck().Defined<Colour>("a", null).Defined("b", (Colour?)(Colour)42));
        Assert.Equal("validation.required", Assert.Single(errors["a"]).Key);
        Assert.Equal("validation.choice", Assert.Single(errors["b"]).Key);
    }

    [Fact]
    public void ThrowIfInvalid_CollectsEveryFieldAndEveryProblem()
    {
        var errors = ErrorsOf(new InputCheck()
            .Required("name.fi", "", 200)
            .Email("email", "nope")
            .Optional("title", new string('t', 201), 200)
            .That(false, "email", "validation.account", "duplicate"));
        Assert.Equal(["email", "name.fi", "title"], errors.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["validation.email", "validation.account"], errors["email"].Select(e => e.Key));
        Assert.Equal(["duplicate"], errors["email"][1].Args);
        Assert.Equal("validation.required", Assert.Single(errors["name.fi"]).Key);
        Assert.Equal("validation.max_length", Assert.Single(errors["title"]).Key);
    }

    [Fact]
    public void InputInvalid_HasTheStableCode() => Assert.Equal("validation.failed", InputInvalid.Code);

    [Theory]
    [InlineData("Nimi\u0000")]
    [InlineData("\u0001alku")]
    [InlineData("a\u000Bb")]
    [InlineData("a\u001Fb")]
    [InlineData("a\u007Fb")]
    [InlineData("a\uFFFEb")]
    [InlineData("a\u202Eb")]
    [InlineData("a\u2066b")]
    public void Required_And_Optional_RefuseControlAndDirectionCharacters(string value)
    {
        var errors = ErrorsOf(new InputCheck().Required("name", value, 200).Optional("title", value, 200));
        Assert.Equal("validation.control_characters", Assert.Single(errors["name"]).Key);
        Assert.Equal("validation.control_characters", Assert.Single(errors["title"]).Key);
    }

    [Fact]
    public void Required_AllowsTabsLineBreaksAndDirectionMarks() =>
        new InputCheck().Required("text", "rivi\tyksi\r\nrivi kaksi \u200Fנעמי\u200E", 200).ThrowIfInvalid();
}
