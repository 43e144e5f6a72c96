using System.CommandLine;
using System.Globalization;
using PortalGen.Settings;

namespace PortalGen.Cli.Commands;

/// <summary><c>--now</c>: a fixed instant for "now", so publication rules and new release dates are reproducible.</summary>
internal sealed class NowOption
{
    public Option<string?> Option { get; } = new("--now") { Description = "Take this instant as now (2026-01-01T09:00:00+01:00), for reproducible builds" };

    public void AddTo(Command command)
    {
        command.Options.Add(Option);
        command.Validators.Add(result =>
        {
            if (result.GetValue(Option) is not { } now)
            {
                return;
            }

            if (!TryParse(now, out var instant))
            {
                result.AddError($"--now takes a date and time such as 2026-01-01T09:00:00+01:00, not '{now}'");
            }
            else if (!Parsing.PublishDateRange.Contains(instant.Year))
            {
                // Near the ends of time a site's zone would carry now past DateTimeOffset's range.
                result.AddError($"{Parsing.PublishDateRange.Message("--now", now)} ({Parsing.PublishDateRange.Hint})");
            }
        });
    }

    public TimeProvider ClockOf(ParseResult parsed) =>
        parsed.GetValue(Option) is { } now && TryParse(now, out var instant) ? new FixedClock(instant) : TimeProvider.System;

    private static bool TryParse(string text, out DateTimeOffset instant) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out instant);
}
