using System.Reflection;

namespace BudgetEngine.Api.Features.Page;

/// <summary>The overview page's files, embedded in the assembly (no front-end build chain, nothing on disk to deploy).</summary>
public static class PageAssets
{
    /// <summary>An embedded file and its media type.</summary>
    public sealed record Asset(string Name, string ContentType, byte[] Content);

    /// <summary>The page.</summary>
    public static Asset Index { get; } = Load("index.html", "text/html; charset=utf-8");

    /// <summary>The page's script.</summary>
    public static Asset Script { get; } = Load("overview.js", "text/javascript; charset=utf-8");

    /// <summary>The page's style sheet.</summary>
    public static Asset Style { get; } = Load("overview.css", "text/css; charset=utf-8");

    private static Asset Load(string name, string contentType)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("page/" + name)
            ?? throw new InvalidOperationException($"The page asset '{name}' is not embedded; see BudgetEngine.Api.csproj.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return new Asset(name, contentType, buffer.ToArray());
    }
}
