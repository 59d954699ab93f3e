namespace BudgetEngine.Core.Scenarios;

/// <summary>The kind of a funding source, as the domain knows them.</summary>
public enum FundingKind
{
    /// <summary>Geweld hoort nergens thuis: the national programme 2018-2021 (regional project leadership).</summary>
    Ghnt,
    /// <summary>The national projectenpool "van denken naar doen": grants per project per project year (September to August).</summary>
    Projectenpool,
    /// <summary>Decentralisatie-uitkering vrouwenopvang: the yearly payment to a centrumgemeente for women's shelter and the approach to domestic violence.</summary>
    Duvo,
    /// <summary>Decentralisatie-uitkering maatschappelijke opvang: the payment for general shelter (pays crisis places of general shelter).</summary>
    Dumo,
    /// <summary>Own municipal funds (Wmo, youth), co-financing.</summary>
    Gemeente,
    /// <summary>A one-off reserve that spends down (incidentele reserve bescherming en opvang).</summary>
    Reserve,
    /// <summary>Any other source.</summary>
    Other,
}
