using System.IO.Compression;
using System.Net;
using BudgetEngine.Api.Features.Scenarios;
using Microsoft.Extensions.Primitives;

namespace BudgetEngine.Api.Tests.Features.Scenarios;

/// <summary>
/// A stored reconciliation is compressed once, when it is cached, and sent gzip-coded to clients that accept gzip:
/// the same JSON, its own ETag, and Vary: Accept-Encoding on every answer.
/// </summary>
public sealed class StoredReconciliationCompressionTests : IDisposable
{
    private readonly BudgetEngineApplication _app = new();
    private readonly HttpClient _client;

    public StoredReconciliationCompressionTests() => _client = _app.CreateClient("finance-officer", "Regio Gooi en Vechtstreek");

    public void Dispose() => _app.Dispose();

    private async Task<string> Store()
    {
        var created = await _client.Create(Repository.GooiEnVechtstreek);
        return (await created.ReadJson())["id"]!.GetValue<string>();
    }

    private Task<HttpResponseMessage> Get(string url, string? acceptEncoding, string? ifNoneMatch = null, string? accept = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (acceptEncoding is not null) request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
        if (ifNoneMatch is not null) request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
        if (accept is not null) request.Headers.TryAddWithoutValidation("Accept", accept);
        return _client.SendAsync(request);
    }

    private static byte[] Gunzip(byte[] body)
    {
        using var input = new GZipStream(new MemoryStream(body), CompressionMode.Decompress);
        using var output = new MemoryStream();
        input.CopyTo(output);
        return output.ToArray();
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_client_that_accepts_gzip_gets_the_same_json_gzip_coded_whether_computed_or_cached(bool cachedFirst)
    {
        var id = await Store();
        var url = $"/v1/scenarios/{id}/reconciliation";
        if (cachedFirst) await Get(url, null);

        var plain = await Get(url, null);
        var coded = await Get(url, "gzip, deflate, br");

        plain.Content.Headers.ContentEncoding.Should().BeEmpty();
        coded.StatusCode.Should().Be(HttpStatusCode.OK);
        coded.Content.Headers.ContentEncoding.Should().Equal("gzip");
        coded.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
        var json = await plain.Content.ReadAsByteArrayAsync();
        var compressed = await coded.Content.ReadAsByteArrayAsync();
        Gunzip(compressed).Should().Equal(json);
        compressed.Length.Should().BeLessThan(json.Length / 3, "the JSON of a reconciliation compresses well");
        foreach (var response in new[] { plain, coded }) response.Headers.Vary.Should().Contain("Accept-Encoding");
    }

    [Fact]
    public async Task The_gzip_coding_has_its_own_ETag_and_If_None_Match_compares_with_the_representation_sent()
    {
        var id = await Store();
        var url = $"/v1/scenarios/{id}/reconciliation";
        var plainTag = (await Get(url, null)).ETag();
        var codedTag = (await Get(url, "gzip")).ETag();

        codedTag.Should().NotBe(plainTag).And.EndWith("-gzip\"");
        var notModified = await Get(url, "gzip", codedTag);
        notModified.StatusCode.Should().Be(HttpStatusCode.NotModified);
        notModified.ETag().Should().Be(codedTag);
        notModified.Headers.Vary.Should().Contain("Accept-Encoding");
        (await Get(url, "gzip", plainTag)).StatusCode.Should().Be(HttpStatusCode.OK, "the client holds the other representation");
        (await Get(url, null, plainTag)).StatusCode.Should().Be(HttpStatusCode.NotModified);
    }

    [Fact]
    public async Task A_client_that_refuses_gzip_or_names_only_other_codings_gets_plain_json()
    {
        var id = await Store();
        var url = $"/v1/scenarios/{id}/reconciliation";

        foreach (var header in new[] { "gzip;q=0", "br", "identity", "*;q=1, gzip;q=0" })
        {
            (await Get(url, header)).Content.Headers.ContentEncoding.Should().BeEmpty(header);
        }
        (await Get(url, "*")).Content.Headers.ContentEncoding.Should().Equal("gzip");
    }

    [Fact]
    public async Task The_csv_export_of_a_stored_reconciliation_is_not_gzip_coded()
    {
        var id = await Store();

        var csv = await Get($"/v1/scenarios/{id}/reconciliation", "gzip", accept: "text/csv");

        csv.StatusCode.Should().Be(HttpStatusCode.OK);
        csv.Content.Headers.ContentType!.MediaType.Should().Be("text/csv");
        csv.Content.Headers.ContentEncoding.Should().BeEmpty();
    }

    [Theory]
    [InlineData(null, false)]
    [InlineData("", false)]
    [InlineData("gzip", true)]
    [InlineData("GZIP", true)]
    [InlineData("deflate, gzip;q=0.5", true)]
    [InlineData("gzip;q=0", false)]
    [InlineData("gzip; q=0.000", false)]
    [InlineData("*", true)]
    [InlineData("*;q=0", false)]
    [InlineData("*, gzip;q=0", false)]
    [InlineData("br, identity", false)]
    public void Accept_Encoding_is_read_with_its_weights(string? header, bool accepts)
    {
        ContentCoding.AcceptsGzip(header is null ? StringValues.Empty : new StringValues(header)).Should().Be(accepts);
    }
}
