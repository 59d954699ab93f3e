using System.Buffers;
using System.IO.Pipelines;
using System.Text;
using BudgetEngine.Api.Infrastructure.Limits;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace BudgetEngine.Api.Tests.Infrastructure.Limits;

/// <summary>A JSON body reaches binding whole, as one segment, with the same bytes; other bodies are left as they came.</summary>
public sealed class JsonBodyBufferTests
{
    private static readonly byte[] LargeJson = Encoding.UTF8.GetBytes(
        "{\"lines\":[" + string.Join(',', Enumerable.Range(0, 3000).Select(i => $"{{\"name\":\"Regel {i}\",\"amounts\":{{\"2019\":{i}.25}}}}")) + "]}");

    [Fact]
    public async Task A_JSON_body_that_arrives_in_blocks_is_bound_from_one_segment_with_the_same_bytes()
    {
        var context = Request("application/json; charset=utf-8", LargeJson, withLength: true);
        ReadOnlySequence<byte> seen = default;
        byte[] streamed = [];

        await new JsonBodyBuffer(async c =>
        {
            var read = await c.Request.BodyReader.ReadAsync();
            read.IsCompleted.Should().BeTrue("the whole body is there at the first read");
            read.Buffer.IsSingleSegment.Should().BeTrue();
            seen = new ReadOnlySequence<byte>(read.Buffer.ToArray());
            streamed = Drain(c.Request.Body);
        }).InvokeAsync(context);

        seen.ToArray().Should().Equal(LargeJson);
        streamed.Should().Equal(LargeJson, "code that reads the stream sees the same body");
    }

    [Fact]
    public async Task A_structured_JSON_type_is_buffered_too()
    {
        var context = Request("application/merge-patch+json", LargeJson, withLength: true);
        var single = false;

        await new JsonBodyBuffer(async c => single = (await c.Request.BodyReader.ReadAsync()).Buffer.IsSingleSegment).InvokeAsync(context);

        single.Should().BeTrue();
    }

    [Fact]
    public async Task A_body_that_is_not_JSON_is_left_as_it_came()
    {
        await ShouldLeaveTheBodyAsItCame(Request("text/csv", LargeJson, withLength: true));
    }

    [Fact]
    public async Task A_body_larger_than_the_request_limit_is_left_for_the_limit_to_refuse()
    {
        var context = Request("application/json", LargeJson, withLength: true);
        context.Features.Set<IHttpMaxRequestBodySizeFeature>(new MaxBodySize(LargeJson.Length - 1));

        await ShouldLeaveTheBodyAsItCame(context);
    }

    /// <summary>The endpoint sees the body reader the request came with.</summary>
    private static async Task ShouldLeaveTheBodyAsItCame(HttpContext context)
    {
        var original = context.Features.Get<IRequestBodyPipeFeature>();
        IRequestBodyPipeFeature? seen = null;

        await new JsonBodyBuffer(c =>
        {
            seen = c.Features.Get<IRequestBodyPipeFeature>();
            return Task.CompletedTask;
        }).InvokeAsync(context);

        seen.Should().BeSameAs(original);
    }

    [Fact]
    public async Task A_chunked_body_already_in_memory_is_read_as_one_segment()
    {
        var context = new DefaultHttpContext();
        context.Request.Method = "POST";
        context.Request.ContentType = "application/json";
        var buffered = new MemoryStream(); // as RequestBodyLimit reads a body without a Content-Length
        buffered.Write(LargeJson);
        buffered.Position = 0;
        context.Request.Body = buffered;
        var single = false;
        byte[] bytes = [];

        await new JsonBodyBuffer(async c =>
        {
            var read = await c.Request.BodyReader.ReadAsync();
            single = read.Buffer.IsSingleSegment;
            bytes = read.Buffer.ToArray();
        }).InvokeAsync(context);

        single.Should().BeTrue();
        bytes.Should().Equal(LargeJson);
    }

    /// <summary>A request whose body reader hands the bytes over 4 KB at a time, as Kestrel does.</summary>
    private static DefaultHttpContext Request(string contentType, byte[] body, bool withLength)
    {
        var context = new DefaultHttpContext();
        context.Request.Method = "POST";
        context.Request.ContentType = contentType;
        if (withLength) context.Request.ContentLength = body.Length;
        var stream = new BlockStream(body, 4096);
        context.Request.Body = stream;
        context.Features.Set<IRequestBodyPipeFeature>(new PipeFeature(PipeReader.Create(stream, new StreamPipeReaderOptions(bufferSize: 4096, minimumReadSize: 1024))));
        return context;
    }

    private static byte[] Drain(Stream stream)
    {
        var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private sealed class PipeFeature(PipeReader reader) : IRequestBodyPipeFeature
    {
        public PipeReader Reader { get; } = reader;
    }

    private sealed class MaxBodySize(long max) : IHttpMaxRequestBodySizeFeature
    {
        public bool IsReadOnly => false;
        public long? MaxRequestBodySize { get; set; } = max;
    }

    /// <summary>A stream that gives at most <c>block</c> bytes per read.</summary>
    private sealed class BlockStream(byte[] bytes, int block) : MemoryStream(bytes)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, block));
        public override int Read(Span<byte> buffer) => base.Read(buffer[..Math.Min(buffer.Length, block)]);
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            base.ReadAsync(buffer[..Math.Min(buffer.Length, block)], cancellationToken);
    }
}
