using System.Globalization;
using System.Reflection;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;

namespace BudgetEngine.Api.Infrastructure.Errors;

/// <summary>
/// The route and query parameters an endpoint binds, read from its handler's signature (the endpoint metadata carries the
/// handler's <see cref="MethodInfo"/>): which one has a value its type cannot be read from.
/// </summary>
public static class BoundParameters
{
    /// <summary>A parameter as the request sent it: its wire name, the type it binds to, and the text that does not parse.</summary>
    public sealed record Unreadable(string Name, Type Type, string Value);

    /// <summary>The first route or query parameter whose value does not parse as its type; null when every one does.</summary>
    public static Unreadable? FirstUnreadable(Endpoint? endpoint, RouteValueDictionary? routeValues, IQueryCollection query)
    {
        if (endpoint?.Metadata.GetMetadata<MethodInfo>() is not { } handler) return null;
        foreach (var (name, type) in Of(handler))
        {
            var value = routeValues is not null && routeValues.TryGetValue(name, out var routed) ? routed as string
                : query.TryGetValue(name, out var queried) ? queried.ToString()
                : null;
            if (value is not null && !Parses(type, value)) return new Unreadable(name, type, value);
        }
        return null;
    }

    /// <summary>The wire name and type of every route and query parameter, [AsParameters] records included.</summary>
    public static IEnumerable<(string Name, Type Type)> Of(MethodInfo handler)
    {
        foreach (var parameter in handler.GetParameters())
        {
            if (parameter.GetCustomAttribute<AsParametersAttribute>() is not null)
            {
                foreach (var property in parameter.ParameterType.GetProperties(BindingFlags.Public | BindingFlags.Instance))
                {
                    if (Named(property.GetCustomAttribute<FromQueryAttribute>()?.Name ?? property.GetCustomAttribute<FromRouteAttribute>()?.Name, property.Name) is { } name)
                        yield return (name, property.PropertyType);
                }
            }
            else if (parameter.GetCustomAttribute<FromHeaderAttribute>() is null && parameter.GetCustomAttribute<FromServicesAttribute>() is null && parameter.Name is { } parameterName)
            {
                yield return (Named(parameter.GetCustomAttribute<FromQueryAttribute>()?.Name ?? parameter.GetCustomAttribute<FromRouteAttribute>()?.Name, parameterName)!, parameter.ParameterType);
            }
        }
    }

    private static string? Named(string? given, string declared) => given ?? JsonNamingPolicy.CamelCase.ConvertName(declared);

    /// <summary>Whether the text reads as the type the way binding reads it (its static TryParse, invariant culture); types without one are not route or query values.</summary>
    private static bool Parses(Type type, string text)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(string)) return true;
        if (type.IsEnum) return Enum.TryParse(type, text, ignoreCase: true, out _);
        var withCulture = type.GetMethod("TryParse", BindingFlags.Public | BindingFlags.Static, [typeof(string), typeof(IFormatProvider), type.MakeByRefType()]);
        if (withCulture is not null) return (bool)withCulture.Invoke(null, [text, CultureInfo.InvariantCulture, null])!;
        var plain = type.GetMethod("TryParse", BindingFlags.Public | BindingFlags.Static, [typeof(string), type.MakeByRefType()]);
        return plain is null || (bool)plain.Invoke(null, [text, null])!;
    }
}
