namespace BudgetEngine.Core.Scenarios;

/// <summary>What happens to the part of a grant left unspent when its period ends.</summary>
public enum UnspentRule
{
    /// <summary>It stays with the source and carries to the next year ("meenemen naar volgend projectjaar").</summary>
    Carry,
    /// <summary>It lapses: the source loses it (<c>FUNDS_LAPSED</c>).</summary>
    Lapse,
    /// <summary>It is repaid to the grantor, as a specific payment's unspent money is: it leaves the source (<c>REPAYABLE</c>).</summary>
    Repay,
}
