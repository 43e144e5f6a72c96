using System.Collections.Concurrent;
using System.Text;
using System.Threading.Channels;
using Microsoft.AspNetCore.Http;

namespace PortalGen.Serving;

/// <summary>
/// The server-sent event stream every open tab listens on: <c>reload</c> after a good rebuild, <c>diagnostics</c>
/// (one data line per diagnostic, as printed) after a failed one. A tab that connects while the site has
/// errors is sent them at once, so a page opened during a mistake shows the overlay too.
/// </summary>
internal sealed class BrowserEvents
{
    private readonly ConcurrentDictionary<Channel<string>, bool> listeners = new();
    private string? standingProblems;

    public void Reload()
    {
        Volatile.Write(ref standingProblems, null);
        Publish(Format("reload", ["site rebuilt"]));
    }

    public void ShowProblems(IEnumerable<string> lines)
    {
        var message = Format("diagnostics", lines);
        Volatile.Write(ref standingProblems, message);
        Publish(message);
    }

    /// <summary>Streams events to one tab until it goes away or the server stops.</summary>
    public async Task StreamAsync(HttpResponse response, CancellationToken stopped)
    {
        var channel = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });
        listeners[channel] = true;
        try
        {
            response.ContentType = "text/event-stream; charset=utf-8";
            response.Headers.CacheControl = "no-store";

            // The comment line tells a listener it is subscribed: no event published after it is missed.
            await response.WriteAsync(": connected\n\n", stopped);
            if (Volatile.Read(ref standingProblems) is { } problems)
            {
                await response.WriteAsync(problems, stopped);
            }

            await response.Body.FlushAsync(stopped);
            await foreach (var message in channel.Reader.ReadAllAsync(stopped))
            {
                await response.WriteAsync(message, stopped);
                await response.Body.FlushAsync(stopped);
            }
        }
        catch (OperationCanceledException)
        {
            // The tab closed or the server is stopping: either way the stream simply ends.
        }
        finally
        {
            listeners.TryRemove(channel, out _);
        }
    }

    private void Publish(string message)
    {
        foreach (var listener in listeners.Keys)
        {
            listener.Writer.TryWrite(message);
        }
    }

    /// <summary>An event whose data lines are the given lines (a line break inside one would end the data line).</summary>
    private static string Format(string name, IEnumerable<string> lines)
    {
        var text = new StringBuilder().Append("event: ").Append(name).Append('\n');
        foreach (var line in lines)
        {
            text.Append("data: ").Append(line.ReplaceLineEndings(" ")).Append('\n');
        }

        return text.Append('\n').ToString();
    }
}
