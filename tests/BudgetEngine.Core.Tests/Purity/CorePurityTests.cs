using System.Collections;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Runtime.CompilerServices;
using BudgetEngine.Core.Amounts;

namespace BudgetEngine.Core.Tests.Purity;

/// <summary>
/// The core is a pure calculation library: immutable values, no static mutable state, nothing beyond the BCL, no I/O,
/// no clock, no randomness. These tests read the whole BudgetEngine.Core assembly, so they cover code added later too.
/// </summary>
public sealed class CorePurityTests
{
    private static readonly Assembly Core = typeof(Money).Assembly;

    private static IEnumerable<Type> HandWrittenTypes() =>
        Core.GetTypes().Where(t => !IsCompilerGenerated(t));

    private static bool IsCompilerGenerated(Type type)
    {
        for (var t = type; t is not null; t = t.DeclaringType)
        {
            if (t.IsDefined(typeof(CompilerGeneratedAttribute), inherit: false) || t.Name.Contains('<'))
            {
                return true;
            }
        }
        return false;
    }

    [Fact]
    public void The_core_has_types_to_check()
    {
        HandWrittenTypes().Should().Contain([typeof(Money), typeof(MoneyRounding), typeof(BudgetEngine.Core.Allocation.Allocator)]);
    }

    [Fact]
    public void Every_public_struct_is_readonly()
    {
        var mutable = HandWrittenTypes()
            .Where(t => t.IsValueType && !t.IsEnum && (t.IsPublic || t.IsNestedPublic))
            .Where(t => !t.IsDefined(typeof(IsReadOnlyAttribute), inherit: false))
            .Select(t => t.FullName);

        mutable.Should().BeEmpty("public value types are immutable: declare them 'readonly struct' or 'readonly record struct'");
    }

    private static IEnumerable<FieldInfo> StaticFields() =>
        HandWrittenTypes().SelectMany(t => t.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly));

    [Fact]
    public void No_type_has_a_static_field_that_can_be_reassigned()
    {
        var writable = StaticFields()
            .Where(f => !f.IsLiteral && !f.IsInitOnly)
            .Select(f => $"{f.DeclaringType!.FullName}.{f.Name}");

        writable.Should().BeEmpty("the core keeps no static mutable state: make static fields const or readonly (and immutable)");
    }

    [Fact]
    public void No_static_readonly_field_holds_a_mutable_collection()
    {
        static bool IsMutableCollection(Type type) =>
            type.IsArray
            || (type.Namespace is "System.Collections" or "System.Collections.Generic" && typeof(IEnumerable).IsAssignableFrom(type)
                && !type.IsInterface)
            || (type.IsGenericType && type.GetGenericTypeDefinition() is var g
                && (g == typeof(List<>) || g == typeof(Dictionary<,>) || g == typeof(HashSet<>)));

        var mutable = StaticFields()
            .Where(f => f.IsInitOnly && IsMutableCollection(f.FieldType))
            .Select(f => $"{f.DeclaringType!.FullName}.{f.Name} ({f.FieldType.Name})");

        mutable.Should().BeEmpty("a static readonly array or list can still be changed: use ImmutableArray, a Frozen collection, "
            + "a ReadOnlySpan property or a collection expression in the method");
    }

    private static readonly string[] BclNames = ["System", "mscorlib", "netstandard", "Microsoft.CSharp", "Microsoft.Win32.Primitives"];

    [Fact]
    public void The_core_references_only_the_base_class_library()
    {
        var outside = Core.GetReferencedAssemblies()
            .Select(a => a.Name!)
            .Where(name => !BclNames.Any(bcl => name == bcl || name.StartsWith(bcl + ".", StringComparison.Ordinal)));

        outside.Should().BeEmpty("the core is BCL-only: no packages, no other projects");
    }

    [Fact]
    public void Every_referenced_assembly_comes_from_the_shared_framework()
    {
        var frameworkDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;

        var foreign = Core.GetReferencedAssemblies()
            .Select(Assembly.Load)
            .Where(a => Path.GetDirectoryName(a.Location) != frameworkDirectory)
            .Select(a => $"{a.GetName().Name} ({a.Location})");

        foreign.Should().BeEmpty("every reference of the core resolves to Microsoft.NETCore.App ({0})", frameworkDirectory);
    }

    /// <summary>Types whose mere use means I/O, a clock, randomness, the environment or the network.</summary>
    private static readonly string[] ForbiddenTypes =
    [
        "System.IO.File", "System.IO.FileInfo", "System.IO.Directory", "System.IO.DirectoryInfo", "System.IO.FileStream",
        "System.IO.StreamReader", "System.IO.StreamWriter", "System.IO.Path", "System.IO.FileSystemInfo", "System.IO.DriveInfo",
        "System.Console", "System.Random", "System.TimeProvider",
        "System.Diagnostics.Process", "System.Diagnostics.Stopwatch", "System.Threading.Timer", "System.Timers.Timer",
        "System.Security.Cryptography.RandomNumberGenerator",
    ];

    /// <summary>Namespaces whose use means I/O or the network.</summary>
    private static readonly string[] ForbiddenNamespaces = ["System.Net", "System.Data", "System.IO.Pipes", "System.IO.MemoryMappedFiles", "Microsoft.Win32"];

    /// <summary>
    /// Members that read the clock, the environment or make new identities. System.Environment is checked member by
    /// member: the C# compiler's own iterator state machines (<c>yield return</c>) read
    /// <c>Environment.CurrentManagedThreadId</c>, which is allowed.
    /// </summary>
    private static readonly string[] ForbiddenMembers =
    [
        "System.Environment.GetEnvironmentVariable", "System.Environment.GetEnvironmentVariables", "System.Environment.get_TickCount",
        "System.Environment.get_TickCount64", "System.Environment.get_MachineName", "System.Environment.get_CurrentDirectory",
        "System.Environment.GetCommandLineArgs", "System.Environment.Exit", "System.Environment.get_ProcessorCount",
        "System.DateTime.get_Now", "System.DateTime.get_UtcNow", "System.DateTime.get_Today",
        "System.DateTimeOffset.get_Now", "System.DateTimeOffset.get_UtcNow", "System.Guid.NewGuid", "System.Guid.CreateVersion7",
    ];

    [Fact]
    public void The_core_uses_no_io_clock_randomness_environment_or_network()
    {
        using var stream = File.OpenRead(Core.Location);
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();

        string TypeName(EntityHandle handle) => handle.Kind switch
        {
            HandleKind.TypeReference => FullName(metadata.GetTypeReference((TypeReferenceHandle)handle)),
            HandleKind.TypeDefinition => metadata.GetString(metadata.GetTypeDefinition((TypeDefinitionHandle)handle).Name),
            _ => "",
        };

        string FullName(TypeReference reference) =>
            reference.ResolutionScope.Kind == HandleKind.TypeReference
                ? FullName(metadata.GetTypeReference((TypeReferenceHandle)reference.ResolutionScope)) + "+" + metadata.GetString(reference.Name)
                : $"{metadata.GetString(reference.Namespace)}.{metadata.GetString(reference.Name)}";

        var types = metadata.TypeReferences.Select(h => FullName(metadata.GetTypeReference(h))).ToHashSet();
        var members = metadata.MemberReferences
            .Select(h => metadata.GetMemberReference(h))
            .Select(m => $"{TypeName(m.Parent)}.{metadata.GetString(m.Name)}")
            .ToHashSet();

        types.Should().Contain("System.Decimal", "the scan reads the core's type references");
        types.Where(t => ForbiddenTypes.Contains(t) || ForbiddenNamespaces.Any(ns => t.StartsWith(ns + ".", StringComparison.Ordinal)))
            .Should().BeEmpty("the core does no I/O and reads no clock, randomness, environment or network");
        members.Where(ForbiddenMembers.Contains)
            .Should().BeEmpty("the core reads no clock: pass the date in");
    }
}
