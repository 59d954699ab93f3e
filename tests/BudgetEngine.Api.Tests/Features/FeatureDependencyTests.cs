using System.Reflection;
using System.Reflection.Emit;

namespace BudgetEngine.Api.Tests.Features;

/// <summary>
/// The API's features (namespaces under BudgetEngine.Api.Features) depend on each other without a loop, the areas of the
/// infrastructure (errors, security, audit, ...) likewise, and the infrastructure on no feature: read from the compiled types, their signatures and the members their code uses.
/// </summary>
public sealed class FeatureDependencyTests
{
    private const string Features = "BudgetEngine.Api.Features.";
    private const string Infrastructure = "BudgetEngine.Api.Infrastructure.";

    private static readonly Assembly Api = typeof(Program).Assembly;

    [Fact]
    public void No_feature_depends_on_another_in_a_loop()
    {
        var graph = Dependencies(Features, Features);

        Loops(graph).Should().BeEmpty("a feature may use another, but the other may then not use it back (directly or through a third)");
    }

    [Fact]
    public void No_infrastructure_area_depends_on_another_in_a_loop()
    {
        var graph = Dependencies(Infrastructure, Infrastructure);

        Loops(graph).Should().BeEmpty("one mechanism may use another (security writes audit records), but the other may then not use it back");
    }

    [Fact]
    public void The_infrastructure_depends_on_no_feature()
    {
        Dependencies(Infrastructure, Features).Where(d => d.Value.Count > 0)
            .Select(d => $"{d.Key} -> {string.Join(", ", d.Value.Order())}")
            .Should().BeEmpty("cross-cutting mechanisms serve the features and know none of them");
    }

    [Fact]
    public void The_reading_of_code_sees_a_use_inside_a_method_body()
    {
        // The check must see what signatures do not show: ApplicationServiceExtensions registers ScenarioStore inside its body only.
        Used(typeof(ApplicationServiceExtensions)).Should().Contain(typeof(BudgetEngine.Api.Features.Scenarios.ScenarioStore));
    }

    /// <summary>For each feature or area (the first namespace segment under <paramref name="from"/>), the ones under <paramref name="to"/> it uses.</summary>
    private static Dictionary<string, HashSet<string>> Dependencies(string from, string to)
    {
        var graph = new Dictionary<string, HashSet<string>>();
        foreach (var type in Api.GetTypes())
        {
            if (Area(type, from) is not { } area) continue;
            var uses = graph.TryGetValue(area, out var found) ? found : graph[area] = [];
            foreach (var used in Used(type))
            {
                if (Area(used, to) is { } other && other != area) uses.Add(other);
            }
        }
        return graph;
    }

    private static string? Area(Type type, string prefix)
    {
        var ns = type.Namespace ?? "";
        if (!(ns + ".").StartsWith(prefix, StringComparison.Ordinal)) return null;
        return (ns + ".")[prefix.Length..].Split('.')[0];
    }

    private static List<string> Loops(Dictionary<string, HashSet<string>> graph)
    {
        var loops = new List<string>();
        foreach (var start in graph.Keys.Order())
        {
            var path = new Stack<string>();
            Visit(start);

            void Visit(string node)
            {
                path.Push(node);
                foreach (var next in graph.GetValueOrDefault(node, []).Order())
                {
                    if (next == start) loops.Add(string.Join(" -> ", path.Reverse().Append(start)));
                    else if (!path.Contains(next) && string.CompareOrdinal(next, start) > 0) Visit(next);
                }
                path.Pop();
            }
        }
        return loops;
    }

    /// <summary>The types a type names: its base and interfaces, fields, properties, signatures, attributes, and every type and member its code uses.</summary>
    private static HashSet<Type> Used(Type type)
    {
        const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        var used = new HashSet<Type>();
        void Add(Type? t)
        {
            if (t is null) return;
            if (t.HasElementType) { Add(t.GetElementType()); return; }
            if (t.IsGenericType && !t.IsGenericTypeDefinition) foreach (var argument in t.GetGenericArguments()) Add(argument);
            used.Add(t.IsGenericType ? t.GetGenericTypeDefinition() : t);
        }
        Add(type.BaseType);
        foreach (var i in type.GetInterfaces()) Add(i);
        foreach (var a in type.GetCustomAttributesData()) Add(a.AttributeType);
        foreach (var f in type.GetFields(all)) Add(f.FieldType);
        foreach (var p in type.GetProperties(all)) Add(p.PropertyType);
        foreach (var method in type.GetMethods(all).Cast<MethodBase>().Concat(type.GetConstructors(all)))
        {
            if (method is MethodInfo m) Add(m.ReturnType);
            foreach (var p in method.GetParameters()) Add(p.ParameterType);
            foreach (var token in Tokens(method))
            {
                try
                {
                    switch (type.Module.ResolveMember(token, type.IsGenericType ? type.GetGenericArguments() : null, method.IsGenericMethod ? method.GetGenericArguments() : null))
                    {
                        case Type t: Add(t); break;
                        case MethodInfo { IsGenericMethod: true } generic:
                            Add(generic.DeclaringType);
                            foreach (var argument in generic.GetGenericArguments()) Add(argument);
                            break;
                        case MemberInfo member: Add(member.DeclaringType); break;
                    }
                }
                catch (ArgumentException)
                {
                    // A token of another kind (a string, a signature): not a type.
                }
            }
        }
        return used;
    }

    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!).ToDictionary(o => o.Value);

    /// <summary>The metadata tokens a method's IL refers to (types, methods, fields).</summary>
    private static IEnumerable<int> Tokens(MethodBase method)
    {
        var il = method.GetMethodBody()?.GetILAsByteArray();
        if (il is null) yield break;
        var i = 0;
        while (i < il.Length)
        {
            short value = il[i] == 0xFE ? (short)(0xFE00 | il[i + 1]) : il[i];
            i += il[i] == 0xFE ? 2 : 1;
            var opCode = OpCodesByValue[value];
            switch (opCode.OperandType)
            {
                case OperandType.InlineType or OperandType.InlineMethod or OperandType.InlineField or OperandType.InlineTok:
                    yield return BitConverter.ToInt32(il, i);
                    i += 4;
                    break;
                case OperandType.InlineNone: break;
                case OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar: i += 1; break;
                case OperandType.InlineVar: i += 2; break;
                case OperandType.InlineI8 or OperandType.InlineR: i += 8; break;
                case OperandType.InlineSwitch: i += 4 + 4 * BitConverter.ToInt32(il, i); break;
                default: i += 4; break;
            }
        }
    }
}
