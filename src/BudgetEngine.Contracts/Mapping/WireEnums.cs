using BudgetEngine.Contracts;
using BudgetEngine.Core.Amendments;
using BudgetEngine.Core.Findings;
using BudgetEngine.Core.Reconciliation;
using BudgetEngine.Core.Scenarios;

namespace BudgetEngine.Contracts.Mapping;

/// <summary>Explicit maps between the wire enums and the core's: a rename in the core cannot change the wire.</summary>
public static class WireEnums
{
    public static FundingKind ToCore(FundingKindDto kind) => kind switch
    {
        FundingKindDto.Ghnt => FundingKind.Ghnt,
        FundingKindDto.Projectenpool => FundingKind.Projectenpool,
        FundingKindDto.Duvo => FundingKind.Duvo,
        FundingKindDto.Dumo => FundingKind.Dumo,
        FundingKindDto.Gemeente => FundingKind.Gemeente,
        FundingKindDto.Reserve => FundingKind.Reserve,
        _ => FundingKind.Other,
    };

    public static FundingKindDto ToDto(FundingKind kind) => kind switch
    {
        FundingKind.Ghnt => FundingKindDto.Ghnt,
        FundingKind.Projectenpool => FundingKindDto.Projectenpool,
        FundingKind.Duvo => FundingKindDto.Duvo,
        FundingKind.Dumo => FundingKindDto.Dumo,
        FundingKind.Gemeente => FundingKindDto.Gemeente,
        FundingKind.Reserve => FundingKindDto.Reserve,
        _ => FundingKindDto.Other,
    };

    public static GrantStatus ToCore(GrantStatusDto status) => status switch
    {
        GrantStatusDto.Awarded => GrantStatus.Awarded,
        GrantStatusDto.Conditional => GrantStatus.Conditional,
        _ => GrantStatus.Rejected,
    };

    public static GrantStatusDto ToDto(GrantStatus status) => status switch
    {
        GrantStatus.Awarded => GrantStatusDto.Awarded,
        GrantStatus.Conditional => GrantStatusDto.Conditional,
        _ => GrantStatusDto.Rejected,
    };

    public static UnspentRule ToCore(UnspentRuleDto rule) => rule switch
    {
        UnspentRuleDto.Carry => UnspentRule.Carry,
        UnspentRuleDto.Lapse => UnspentRule.Lapse,
        _ => UnspentRule.Repay,
    };

    public static UnspentRuleDto ToDto(UnspentRule rule) => rule switch
    {
        UnspentRule.Carry => UnspentRuleDto.Carry,
        UnspentRule.Lapse => UnspentRuleDto.Lapse,
        _ => UnspentRuleDto.Repay,
    };

    public static PeriodKind ToCore(PeriodKindDto kind) =>
        kind == PeriodKindDto.ProjectYear ? PeriodKind.ProjectYear : PeriodKind.CalendarYear;

    public static PeriodKindDto ToDto(PeriodKind kind) =>
        kind == PeriodKind.ProjectYear ? PeriodKindDto.ProjectYear : PeriodKindDto.CalendarYear;

    public static CoverageKind ToCore(CoverageKindDto kind) => kind switch
    {
        CoverageKindDto.Single => CoverageKind.Single,
        CoverageKindDto.Split => CoverageKind.Split,
        _ => CoverageKind.Flexible,
    };

    public static CoverageKindDto ToDto(CoverageKind kind) => kind switch
    {
        CoverageKind.Single => CoverageKindDto.Single,
        CoverageKind.Split => CoverageKindDto.Split,
        _ => CoverageKindDto.Flexible,
    };

    public static ReconciliationBasis ToCore(BasisDto basis) =>
        basis == BasisDto.Actuals ? ReconciliationBasis.Actuals : ReconciliationBasis.Budget;

    public static BasisDto ToDto(ReconciliationBasis basis) =>
        basis == ReconciliationBasis.Actuals ? BasisDto.Actuals : BasisDto.Budget;

    public static IncomeRecognition ToCore(RecognitionDto recognition) =>
        recognition == RecognitionDto.ProRata ? IncomeRecognition.ProRata : IncomeRecognition.AwardYear;

    public static RecognitionDto ToDto(IncomeRecognition recognition) =>
        recognition == IncomeRecognition.ProRata ? RecognitionDto.ProRata : RecognitionDto.AwardYear;

    public static SeverityDto ToDto(Severity severity) => severity switch
    {
        Severity.Info => SeverityDto.Info,
        Severity.Warning => SeverityDto.Warning,
        _ => SeverityDto.Error,
    };

    public static ChangeDto ToDto(Change change) => change switch
    {
        Change.Added => ChangeDto.Added,
        Change.Removed => ChangeDto.Removed,
        _ => ChangeDto.Changed,
    };
}
