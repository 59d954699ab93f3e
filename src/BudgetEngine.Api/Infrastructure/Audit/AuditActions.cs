namespace BudgetEngine.Api.Infrastructure.Audit;

/// <summary>The actions the audit trail records, as written in its "action" column.</summary>
public static class AuditActions
{
    public const string Create = "create";
    public const string Update = "update";
    public const string Delete = "delete";
    public const string CreateKey = "create-key";
    public const string RevokeKey = "revoke-key";
    public const string PutDistribution = "put-distribution";
    public const string PutPlan = "put-plan";
    public const string PutMunicipalities = "put-municipalities";
}
