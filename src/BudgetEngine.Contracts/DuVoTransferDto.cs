namespace BudgetEngine.Contracts;

/// <summary>Money the centrumgemeente passes on from its DU VO payment to another organisation (pass-through), e.g. GHNT projectleiding to the region.</summary>
public sealed record DuVoTransferDto
{
    /// <summary>The amount in euros.</summary>
    public decimal? Amount { get; init; }

    /// <summary>The organisation that receives it, as its scenarios name it, e.g. "Regio Gooi en Vechtstreek".</summary>
    public string? Recipient { get; init; }

    /// <summary>What it is for, e.g. "GHNT projectleiding".</summary>
    public string? Purpose { get; init; }

    /// <summary>The year the transfer is booked (the begrotingswijziging).</summary>
    public int? Year { get; init; }
}
