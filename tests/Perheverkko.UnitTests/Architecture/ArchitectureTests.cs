using System.Reflection;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Mono.Cecil;
using Mono.Cecil.Cil;
using NetArchTest.Rules;
using Perheverkko.UnitTests.Support;
using Perheverkko.Web.Platform.Rules;

namespace Perheverkko.UnitTests.Architecture;

/// <summary>
/// The shape of the code as rules (docs/development.md): the platform knows no feature, page models call use cases
/// and queries only, time comes from the injected clock, and every rule of a catalogue is used and tested.
/// </summary>
public sealed class ArchitectureTests
{
    private static readonly Assembly Web = typeof(Program).Assembly;
    private const string Root = "Perheverkko.Web";

    [Fact]
    public void The_platform_depends_on_no_feature_nor_on_the_app_that_composes_them()
    {
        var result = Types.InAssembly(Web).That().ResideInNamespace($"{Root}.Platform")
            .ShouldNot().HaveDependencyOnAny($"{Root}.Features", $"{Root}.Data", $"{Root}.Hosting")
            .GetResult();
        Assert.True(result.IsSuccessful, Offenders("Platform types that use a feature or the composition", result));
    }

    [Fact]
    public void Features_do_not_reach_into_the_composition_root()
    {
        var result = Types.InAssembly(Web).That().ResideInNamespace($"{Root}.Features")
            .ShouldNot().HaveDependencyOn($"{Root}.Hosting")
            .GetResult();
        Assert.True(result.IsSuccessful, Offenders("Feature types that use Hosting", result));
        // Constants (route names, policy names) are compiled into the caller and leave no type reference: read the sources too.
        var naming = Directory.EnumerateFiles(Path.Combine(RepositoryRoot.WebProject, "Features"), "*.cs", SearchOption.AllDirectories)
            .Where(f => File.ReadAllText(f).Contains($"{Root}.Hosting", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(RepositoryRoot.WebProject, f)).ToList();
        Assert.True(naming.Count == 0, "Feature files that name Hosting: " + string.Join(", ", naming));
    }

    [Fact]
    public void Page_models_use_neither_the_database_nor_the_account_managers()
    {
        var result = Types.InAssembly(Web).That().Inherit(typeof(PageModel))
            .ShouldNot().HaveDependencyOnAny(
                "Perheverkko.Web.Data.PerheverkkoDb", "Perheverkko.Web.Platform.Data.PlatformDb", "Microsoft.EntityFrameworkCore.DbContext",
                "Microsoft.AspNetCore.Identity.UserManager`1", "Microsoft.AspNetCore.Identity.SignInManager`1")
            .GetResult();
        Assert.True(result.IsSuccessful, Offenders("Page models that open the database or the account managers (call a use case or a query)", result));
    }

    [Fact]
    public void Page_models_ask_their_queries_what_is_permitted_instead_of_deciding_it()
    {
        var result = Types.InAssembly(Web).That().Inherit(typeof(PageModel))
            .ShouldNot().HaveDependencyOnAny(
                "Perheverkko.Web.Platform.Access.AccessControl", "Perheverkko.Web.Platform.Access.AccessCatalogue", "Perheverkko.Web.Platform.Access.StaffRole")
            .GetResult();
        Assert.True(result.IsSuccessful, Offenders("Page models that decide permissions themselves (let the query's view carry what is permitted)", result));
    }

    [Fact]
    public void Time_comes_from_the_injected_clock_never_from_the_system_clock()
    {
        string[] systemClock =
        [
            "System.DateTime System.DateTime::get_Now()", "System.DateTime System.DateTime::get_UtcNow()", "System.DateTime System.DateTime::get_Today()",
            "System.DateTimeOffset System.DateTimeOffset::get_Now()", "System.DateTimeOffset System.DateTimeOffset::get_UtcNow()",
        ];
        var offenders = Calls(Web, call => systemClock.Contains(call.FullName)).Select(c => c.Caller).Distinct().Order().ToList();
        Assert.True(offenders.Count == 0, "Read the time from the injected TimeProvider instead of the system clock in: " + string.Join(", ", offenders));
    }

    [Fact]
    public void Every_rule_catalogue_is_one_file_named_after_it()
    {
        var misplaced = Catalogues().Where(c => !Directory.EnumerateFiles(RepositoryRoot.WebProject, c.Name + ".cs", SearchOption.AllDirectories).Any())
            .Select(c => c.Name).ToList();
        Assert.True(misplaced.Count == 0, "A rule catalogue lives in a file of its own name (<Area>Rules.cs): " + string.Join(", ", misplaced));
        var outside = Web.GetTypes().Where(t => !t.Name.EndsWith("Rules", StringComparison.Ordinal))
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(f => f.FieldType == typeof(Rule)).Select(f => $"{f.DeclaringType!.Name}.{f.Name}").ToList();
        Assert.True(outside.Count == 0, "Rules are declared in the area's catalogue, not in: " + string.Join(", ", outside));
    }

    [Fact]
    public void Every_rule_in_a_catalogue_is_used_by_the_code()
    {
        var used = Loads(Web).Where(l => !l.Caller.StartsWith(l.Field.DeclaringType.FullName + "::.cctor", StringComparison.Ordinal))
            .Select(l => $"{l.Field.DeclaringType.Name}.{l.Field.Name}").ToHashSet();
        var unused = AllRules().Select(r => r.Name).Where(name => !used.Contains(name)).ToList();
        Assert.True(unused.Count == 0, "Rules no code raises (remove them): " + string.Join(", ", unused));
    }

    [Fact]
    public void Every_rule_in_a_catalogue_is_asserted_by_a_test()
    {
        var tests = Directory.EnumerateFiles(Path.Combine(RepositoryRoot.Path, "tests"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.EndsWith(nameof(ArchitectureTests) + ".cs", StringComparison.Ordinal))
            .Select(File.ReadAllText).ToList();
        var untested = AllRules().Where(r => !tests.Any(t => t.Contains($"\"{r.Rule.Code}\"", StringComparison.Ordinal) || t.Contains(r.Name, StringComparison.Ordinal)))
            .Select(r => $"{r.Name} ({r.Rule.Code})").ToList();
        Assert.True(untested.Count == 0, "Rules no test asserts (assert the code where it is raised): " + string.Join(", ", untested));
    }

    private static IEnumerable<Type> Catalogues() =>
        Web.GetTypes().Where(t => t is { IsAbstract: true, IsSealed: true } && t.Name.EndsWith("Rules", StringComparison.Ordinal)
            && t.GetFields(BindingFlags.Public | BindingFlags.Static).Any(f => f.FieldType == typeof(Rule)));

    private static IEnumerable<(string Name, Rule Rule)> AllRules() =>
        Catalogues().SelectMany(c => c.GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.FieldType == typeof(Rule))
            .Select(f => ($"{c.Name}.{f.Name}", (Rule)f.GetValue(null)!)));

    private static string Offenders(string what, TestResult result) =>
        $"{what}: {string.Join(", ", result.FailingTypeNames ?? [])}";

    /// <summary>Every IL instruction of the assembly with the method it stands in (lambdas and async bodies are methods of nested types).</summary>
    private static List<(string Caller, Instruction Instruction)> Instructions(Assembly assembly)
    {
        using var module = ModuleDefinition.ReadModule(assembly.Location);
        return [.. from type in module.GetTypes()
                   from method in type.Methods
                   where method.HasBody
                   from instruction in method.Body.Instructions
                   select ($"{type.FullName}::{method.Name}", instruction)];
    }

    private static List<(string Caller, MethodReference Method)> Calls(Assembly assembly, Func<MethodReference, bool> which) =>
        [.. from a in Instructions(assembly)
            where a.Instruction.OpCode.Code is Code.Call or Code.Callvirt && a.Instruction.Operand is MethodReference m && which(m)
            select (a.Caller, (MethodReference)a.Instruction.Operand)];

    private static List<(string Caller, FieldReference Field)> Loads(Assembly assembly) =>
        [.. from a in Instructions(assembly)
            where a.Instruction.OpCode.Code is Code.Ldsfld && a.Instruction.Operand is FieldReference { FieldType.FullName: "Perheverkko.Web.Platform.Rules.Rule" }
            select (a.Caller, (FieldReference)a.Instruction.Operand)];
}
