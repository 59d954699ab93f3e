namespace BudgetEngine.Core.DuVo;

/// <summary>Source codes a spend plan's category parts use. Any other text names another source.</summary>
public static class DuVoSources
{
    /// <summary>The decentralisatie-uitkering vrouwenopvang (matched ignoring case).</summary>
    public const string DuVo = "DUVO";

    /// <summary>Youth funds: where Veilig Thuis for minors is paid from.</summary>
    public const string Jeugd = "Jeugd";

    /// <summary>The decentralisatie-uitkering maatschappelijke opvang: where crisis places of general shelter are paid from.</summary>
    public const string DuMo = "DUMO";

    /// <summary>Own municipal funds.</summary>
    public const string Gemeente = "Gemeente";

    /// <summary>True when <paramref name="source"/> is the DU VO ("DUVO", any case).</summary>
    public static bool IsDuVo(string? source) => string.Equals(source, DuVo, StringComparison.OrdinalIgnoreCase);
}

/// <summary>
/// Tags that mark spending the DU VO may not pay; DU VO-paid money carrying one is flagged
/// <see cref="DuVoFindingCode.IneligibleCoverage"/>. Tags are matched ignoring case; unknown tags are allowed and ignored.
/// </summary>
public static class DuVoTags
{
    /// <summary>Veilig Thuis (or other work) for minors: paid by all municipalities from youth funds (<see cref="DuVoSources.Jeugd"/>).</summary>
    public const string Minors = "minors";

    /// <summary>Crisis places of general shelter: paid from the DU MO (<see cref="DuVoSources.DuMo"/>).</summary>
    public const string DumoCrisis = "dumo-crisis";

    /// <summary>The source that should pay what carries <paramref name="tag"/>, or null when the tag does not make DU VO money ineligible.</summary>
    public static string? IneligibleFor(string? tag) =>
        string.Equals(tag, Minors, StringComparison.OrdinalIgnoreCase) ? DuVoSources.Jeugd
        : string.Equals(tag, DumoCrisis, StringComparison.OrdinalIgnoreCase) ? DuVoSources.DuMo
        : null;
}
