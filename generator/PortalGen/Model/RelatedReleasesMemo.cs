using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace PortalGen.Model;

/// <summary>
/// Related releases kept between the rebuilds of a long-running preview. They depend only on every release's
/// path, date, partners and topics; a save that changes none of these (the usual edit of a text or a title)
/// reuses the last choice, by position, instead of scoring the whole archive again.
/// </summary>
public sealed class RelatedReleasesMemo
{
    private readonly Lock gate = new();
    private string[] signatures = [];
    private int[][] positions = [];

    /// <returns>The related releases of <paramref name="newestFirst"/>[i] at index i.</returns>
    public ImmutableArray<Release>[] GetOrChoose(ImmutableArray<Release> newestFirst, int count, Func<ImmutableArray<Release>[]> choose)
    {
        var current = Signatures(newestFirst, count);
        lock (gate)
        {
            if (!current.AsSpan().SequenceEqual(signatures))
            {
                var related = choose();
                var position = new Dictionary<Release, int>(newestFirst.Length, ReferenceEqualityComparer.Instance);
                for (var i = 0; i < newestFirst.Length; i++)
                {
                    position[newestFirst[i]] = i;
                }

                positions = [.. related.Select(list => list.Select(release => position[release]).ToArray())];
                signatures = current;
                return related;
            }

            return [.. positions.Select(list => list.Select(i => newestFirst[i]).ToImmutableArray())];
        }
    }

    /// <summary>What the choice of related releases reads of each release, in the site's order, and the count.</summary>
    private static string[] Signatures(ImmutableArray<Release> newestFirst, int count)
    {
        var signatures = new string[newestFirst.Length + 1];
        var text = new StringBuilder();
        for (var i = 0; i < newestFirst.Length; i++)
        {
            var release = newestFirst[i];
            text.Clear().Append(release.Path).Append('\n').Append(release.Date.ToString("O", CultureInfo.InvariantCulture));
            foreach (var partner in release.Partners)
            {
                text.Append("\np:").Append(partner.Id);
            }

            foreach (var topic in release.Topics)
            {
                text.Append("\nt:").Append(topic.Id);
            }

            signatures[i] = text.ToString();
        }

        signatures[^1] = count.ToString(CultureInfo.InvariantCulture);
        return signatures;
    }
}
