using System.Buffers;
using System.IO.Pipelines;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Connections.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace BudgetEngine.Api.Infrastructure.Errors;

/// <summary>
/// The server refuses some requests itself, before any middleware runs: a request line it cannot read (400), a URL longer
/// than it reads (414), headers larger than it reads (431). Kestrel answers those with an empty body and offers no hook
/// to change them. This connection middleware gives them the problem+json body every other error has: it holds what the
/// server writes while no request is in the application (only such refusals), and when that is an error with
/// <c>Content-Length: 0</c>, sends it with a problem body that says what to send instead. Everything written while a
/// request is in the application passes through untouched.
/// </summary>
public static class ServerRefusals
{
    /// <summary>Adds the connection middleware to every endpoint Kestrel listens on.</summary>
    public static IWebHostBuilder GiveServerRefusalsProblemBodies(this IWebHostBuilder host) =>
        host.ConfigureKestrel(kestrel => kestrel.ConfigureEndpointDefaults(listen =>
        {
            var limits = kestrel.Limits;
            listen.Use(next => connection =>
            {
                var inApplication = new RequestsInApplication();
                connection.Items[typeof(RequestsInApplication)] = inApplication;
                connection.Transport = new RefusalTransport(connection.Transport, new RefusalWriter(connection.Transport.Output, inApplication, limits));
                return next(connection);
            });
        }));

    /// <summary>Marks each request as in the application until its answer is complete (first in the pipeline).</summary>
    public static WebApplication MarkRequestsInApplication(this WebApplication app)
    {
        app.Use((context, next) =>
        {
            if (context.Features.Get<IConnectionItemsFeature>()?.Items.TryGetValue(typeof(RequestsInApplication), out var state) == true
                && state is RequestsInApplication marker)
            {
                marker.Enter();
                context.Response.OnCompleted(() =>
                {
                    marker.Leave();
                    return Task.CompletedTask;
                });
            }
            return next(context);
        });
        return app;
    }

    /// <summary>The problem body of the server's own refusal with <paramref name="status"/> and <paramref name="reason"/> (from its status line).</summary>
    public static byte[] ProblemBody(int status, string reason, KestrelServerLimits limits)
    {
        var (type, field, detail) = status switch
        {
            400 => ("https://tools.ietf.org/html/rfc9110#section-15.5.1", "request",
                "The request line or its headers could not be read as HTTP/1.1. Send 'METHOD /path HTTP/1.1', then one 'Name: value' line per header, then an empty line."),
            414 => ("https://tools.ietf.org/html/rfc9110#section-15.5.15", "request line",
                $"The request line is longer than {limits.MaxRequestLineSize} bytes. Send a shorter path and query; put large input in the body."),
            431 => ("https://tools.ietf.org/html/rfc6585#section-5", "headers",
                $"The request headers are larger than {limits.MaxRequestHeadersTotalSize} bytes together or more than {limits.MaxRequestHeaderCount} in number. Send fewer or shorter headers."),
            505 => ("https://tools.ietf.org/html/rfc9110#section-15.6.6", "request line",
                "The request line names an HTTP version the server does not speak. Send HTTP/1.1 (or HTTP/1.0)."),
            _ => ("about:blank", "request", $"The server refused the request ({status} {reason}) before reading it. Send a well-formed HTTP/1.1 request."),
        };
        return JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object>
        {
            ["type"] = type,
            ["title"] = reason,
            ["status"] = status,
            ["detail"] = detail,
            ["errors"] = new Dictionary<string, string[]> { [field] = [detail] },
        });
    }

    /// <summary>Whether a request of this connection is in the application.</summary>
    private sealed class RequestsInApplication
    {
        private int _count;
        public bool Any => Volatile.Read(ref _count) > 0;
        public void Enter() => Interlocked.Increment(ref _count);
        public void Leave() => Interlocked.Decrement(ref _count);
    }

    private sealed class RefusalTransport(IDuplexPipe transport, PipeWriter output) : IDuplexPipe
    {
        public PipeReader Input => transport.Input;
        public PipeWriter Output => output;
    }

    /// <summary>Passes through what is written while a request is in the application; holds what the server writes otherwise, until it flushes.</summary>
    private sealed class RefusalWriter(PipeWriter inner, RequestsInApplication requests, KestrelServerLimits limits) : PipeWriter
    {
        private readonly ArrayBufferWriter<byte> _held = new();
        private bool? _holding;

        private bool Holding => _holding ??= !requests.Any;

        public override Memory<byte> GetMemory(int sizeHint = 0) => Holding ? _held.GetMemory(sizeHint) : inner.GetMemory(sizeHint);

        public override Span<byte> GetSpan(int sizeHint = 0) => Holding ? _held.GetSpan(sizeHint) : inner.GetSpan(sizeHint);

        public override void Advance(int bytes)
        {
            if (Holding) _held.Advance(bytes);
            else inner.Advance(bytes);
        }

        public override ValueTask<FlushResult> FlushAsync(CancellationToken cancellationToken = default)
        {
            Release();
            return inner.FlushAsync(cancellationToken);
        }

        public override void CancelPendingFlush() => inner.CancelPendingFlush();

        public override void Complete(Exception? exception = null)
        {
            Release();
            inner.Complete(exception);
        }

        public override ValueTask CompleteAsync(Exception? exception = null)
        {
            Release();
            return inner.CompleteAsync(exception);
        }

        public override bool CanGetUnflushedBytes => inner.CanGetUnflushedBytes;

        public override long UnflushedBytes => inner.UnflushedBytes + _held.WrittenCount;

        private void Release()
        {
            if (_holding == true && _held.WrittenCount > 0)
            {
                inner.Write(WithProblemBody(_held.WrittenSpan));
                _held.ResetWrittenCount();
            }
            _holding = null;
        }

        /// <summary>The answer with a problem body when it is an empty refusal; otherwise as it was.</summary>
        private byte[] WithProblemBody(ReadOnlySpan<byte> written)
        {
            var answer = written.ToArray();
            var text = Encoding.ASCII.GetString(answer);
            var end = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
            if (!text.StartsWith("HTTP/1.", StringComparison.Ordinal) || end < 0 || end + 4 != text.Length || text.Length < 12
                || !int.TryParse(text.AsSpan(9, 3), out var status) || status < 400)
            {
                return answer;
            }
            var lines = text[..end].Split("\r\n").ToList();
            var length = lines.FindIndex(l => l.Equals("Content-Length: 0", StringComparison.OrdinalIgnoreCase));
            if (length < 0) return answer;
            var body = ProblemBody(status, lines[0][12..].Trim(), limits);
            lines[length] = $"Content-Length: {body.Length}";
            lines.Insert(length, "Content-Type: application/problem+json");
            lines.Insert(length, "X-Content-Type-Options: nosniff");
            return [.. Encoding.ASCII.GetBytes(string.Join("\r\n", lines) + "\r\n\r\n"), .. body];
        }
    }
}
