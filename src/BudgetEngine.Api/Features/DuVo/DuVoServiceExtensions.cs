namespace BudgetEngine.Api.Features.DuVo;

/// <summary>The registrations of the DU VO feature.</summary>
public static class DuVoServiceExtensions
{
    public static IServiceCollection AddDuVo(this IServiceCollection services)
    {
        services.AddSingleton<DuVoDistributionStore>();
        services.AddSingleton<DuVoPlanStore>();
        services.AddSingleton<DuVoBreakdowns>();
        services.AddSingleton<DuVoTransfers>();
        services.AddSingleton<DuVoChartCache>();
        services.AddSingleton<DuVoCentrumgemeenten>();
        services.ConfigureSwaggerGen(options => options.OperationFilter<DuVoOpenApiFilter>());
        return services;
    }
}
