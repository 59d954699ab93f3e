using BudgetEngine.Contracts;

namespace BudgetEngine.Formats.Write;

/// <summary>A plan breakdown's figures in the shape the DU VO sheet writers read (they write its centrumgemeente and year themselves).</summary>
internal static class DuVoPlanBreakdownFigures
{
    public static DuVoBreakdownDto Of(DuVoPlanBreakdownDto plan) => new(
        plan.Centrumgemeente ?? "", plan.Name, plan.Year ?? 0, plan.Payment, plan.PaymentSource, plan.Categories, plan.Unspent, plan.OtherSourceParts,
        plan.DuVoCosts, plan.Shortfall, plan.Surplus, plan.Cofinancing, plan.Findings, new DuVoVersionReferenceDto(0, ""), null)
    {
        CofinancingRules = plan.CofinancingRules,
        AgreedContributions = plan.AgreedContributions,
        ProposedContributions = plan.ProposedContributions,
        Reserve = plan.Reserve,
    };
}
