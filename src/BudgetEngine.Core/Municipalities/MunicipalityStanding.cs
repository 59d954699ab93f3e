namespace BudgetEngine.Core.Municipalities;

/// <summary>What the registry says of a code named in a year.</summary>
public enum MunicipalityStanding
{
    /// <summary>The municipality exists at the end of the year.</summary>
    Exists,

    /// <summary>It ceased to exist before the end of the year (merged or split); its successors take its place.</summary>
    Dissolved,

    /// <summary>It was formed after the end of the year.</summary>
    NotYetFormed,

    /// <summary>The registry has no municipality with the code.</summary>
    Unknown,
}
