using System.Text.Json;
using System.Text.Json.Serialization;

namespace BudgetEngine.Contracts.Json;

/// <summary>The one set of JSON rules for requests, responses and stored bodies.</summary>
public static class ApiJson
{
    /// <summary>camelCase, enums as kebab-case strings, unknown and duplicate properties rejected, numbers only as numbers and read exactly.</summary>
    public static void Configure(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.DictionaryKeyPolicy = null;
        foreach (var converter in EnumConverters()) options.Converters.Add(converter);
        options.Converters.Add(new ExactDecimalConverter());
        options.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
        options.NumberHandling = JsonNumberHandling.Strict;
        options.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
        options.AllowTrailingCommas = false;
        options.ReadCommentHandling = JsonCommentHandling.Disallow;
        options.AllowDuplicateProperties = false;
    }

    /// <summary>
    /// Every enum of the wire as a kebab-case string, integers refused: one generic converter per enum (which native AOT
    /// can compile, unlike the converter for all enums). A grant's status, the recognition and the basis also read the words users
    /// type (<see cref="WireAliases"/>) and write the wire name. A test fails when an enum of this assembly is missing here.
    /// </summary>
    public static IEnumerable<JsonConverter> EnumConverters() =>
    [
        new JsonStringEnumConverter<FundingKindDto>(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false),
        new AliasedEnumConverter<GrantStatusDto>(),
        new JsonStringEnumConverter<PeriodKindDto>(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false),
        new JsonStringEnumConverter<UnspentRuleDto>(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false),
        new JsonStringEnumConverter<CoverageKindDto>(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false),
        new AliasedEnumConverter<RecognitionDto>(),
        new AliasedEnumConverter<BasisDto>(),
        new JsonStringEnumConverter<SeverityDto>(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false),
        new JsonStringEnumConverter<DuVoPaymentSourceDto>(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false),
        new JsonStringEnumConverter<DuVoCofinancingBasisDto>(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false),
        new JsonStringEnumConverter<DuVoReserveOpeningDto>(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false),
        new JsonStringEnumConverter<ChangeDto>(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false),
    ];

    /// <summary>Options as the API uses them, for storing and reading scenario bodies outside the HTTP pipeline (metadata by reflection).</summary>
    public static JsonSerializerOptions Options => ByReflection.Options;

    /// <summary>
    /// The same rules with the metadata that <see cref="WireJsonContext"/> generates at compile time, for the wire's
    /// documents (scenarios, reconciliations, DU VO plans, distributions and breakdowns, comparisons): what the command
    /// line reads and writes with, so that it starts fast and compiles natively. Reads and writes exactly as
    /// <see cref="Options"/> does (a test compares them).
    /// </summary>
    public static JsonSerializerOptions SourceGenerated => Generated.Options;

    /// <summary>The generated metadata of <typeparamref name="T"/> under <see cref="SourceGenerated"/>, or under <paramref name="options"/> made from them.</summary>
    public static System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> TypeInfo<T>(JsonSerializerOptions? options = null) =>
        (System.Text.Json.Serialization.Metadata.JsonTypeInfo<T>)(options ?? SourceGenerated).GetTypeInfo(typeof(T));

    // Each set of options is made when first used, so a program that uses only one never builds the other.
    private static class ByReflection
    {
        public static readonly JsonSerializerOptions Options = Create();

        // Metadata by reflection needs the JIT: the API and the tools run with it; the natively compiled command line
        // never touches these options (it reads and writes with SourceGenerated).
        [System.Diagnostics.CodeAnalysis.UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "Used only by programs that run with the JIT.")]
        [System.Diagnostics.CodeAnalysis.UnconditionalSuppressMessage("AOT", "IL3050", Justification = "Used only by programs that run with the JIT.")]
        private static JsonSerializerOptions Create()
        {
            var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
            Configure(options);
            options.MakeReadOnly(populateMissingResolver: true);
            return options;
        }
    }

    private static class Generated
    {
        public static readonly JsonSerializerOptions Options = Create();

        private static JsonSerializerOptions Create()
        {
            var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
            Configure(options);
            options.TypeInfoResolver = WireJsonContext.Default;
            options.MakeReadOnly();
            return options;
        }
    }

    /// <summary>The wire name of an enum member, e.g. <c>award-year</c>.</summary>
    public static string WireName<TEnum>(TEnum value) where TEnum : struct, Enum =>
        JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());

    /// <summary>Parses a wire name into an enum member (exact, lower case).</summary>
    public static bool TryParseWireName<TEnum>(string? text, out TEnum value) where TEnum : struct, Enum
    {
        foreach (var candidate in Enum.GetValues<TEnum>())
        {
            if (string.Equals(WireName(candidate), text, StringComparison.Ordinal))
            {
                value = candidate;
                return true;
            }
        }
        value = default;
        return false;
    }
}
