namespace PortalGen.Tests.Serving;

/// <summary>
/// The preview server's event stream as a browser tab reads it, over HttpClient. Every read is bounded, so a
/// server that never sends the event fails the test instead of hanging it.
/// </summary>
internal sealed class EventStream : IDisposable
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    private readonly HttpResponseMessage response;
    private readonly StreamReader reader;

    private EventStream(HttpResponseMessage response, StreamReader reader)
    {
        this.response = response;
        this.reader = reader;
    }

    public string ContentType => response.Content.Headers.ContentType?.ToString() ?? "";

    /// <summary>Connects and waits for the server's first comment, after which no event is missed.</summary>
    public static async Task<EventStream> OpenAsync(HttpClient client, Uri address)
    {
        using var timeout = new CancellationTokenSource(Patience);
        var response = await client.GetAsync(new Uri(address, "/__portalgen/events"), HttpCompletionOption.ResponseHeadersRead, timeout.Token);
        var stream = new EventStream(response, new StreamReader(await response.Content.ReadAsStreamAsync(timeout.Token)));
        Assert.That(await stream.ReadLineAsync(timeout.Token), Does.StartWith(":"), "the stream opens with a comment");
        return stream;
    }

    /// <summary>The next event: its name and its data lines joined with line breaks.</summary>
    public async Task<(string Name, string Data)> NextAsync()
    {
        using var timeout = new CancellationTokenSource(Patience);
        string? name = null;
        var data = new List<string>();
        while (await ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.Length == 0 && name is not null)
            {
                return (name, string.Join("\n", data));
            }

            if (line.StartsWith("event: ", StringComparison.Ordinal))
            {
                name = line["event: ".Length..];
            }
            else if (line.StartsWith("data: ", StringComparison.Ordinal))
            {
                data.Add(line["data: ".Length..]);
            }
        }

        throw new AssertionException("the event stream ended");
    }

    /// <summary>
    /// The first event of that name after which <paramref name="seen"/> holds, passing over others: under load one
    /// save can arrive as two batches (the file emptied, then written), each with its own event.
    /// </summary>
    public async Task<(string Name, string Data)> WaitForAsync(string name, Func<string, Task<bool>>? seen = null)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (DateTime.UtcNow < deadline)
        {
            var next = await NextAsync();
            if (next.Name == name && (seen is null || await seen(next.Data)))
            {
                return next;
            }
        }

        throw new AssertionException($"no '{name}' event as expected within {Patience.TotalSeconds} s");
    }

    public void Dispose()
    {
        reader.Dispose();
        response.Dispose();
    }

    private async Task<string?> ReadLineAsync(CancellationToken token)
    {
        try
        {
            return await reader.ReadLineAsync(token);
        }
        catch (OperationCanceledException)
        {
            throw new AssertionException($"no event within {Patience.TotalSeconds} s");
        }
    }
}
