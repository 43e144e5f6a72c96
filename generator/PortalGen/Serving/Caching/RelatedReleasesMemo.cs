using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using PortalGen.Model;

namespace PortalGen.Serving.Caching;

/// <summary>
/// Related releases kept between the rebuilds of a long-running preview. They depend only on every release's
/// path, date, partners and topics; a save that changes none of these (the usual edit of a text or a title)
/// reuses the last choice, by position, instead of scoring the whole archive again; a release kept as the same
/// object (see <see cref="ReleaseMemo"/>) is not even looked at again.
/// </summary>
internal sealed class RelatedReleasesMemo
{
    private readonly Lock gate = new();
    private ImmutableArray<Release> releases = [];
    private string[] signatures = [];
    private int[][] positions = [];
    private ImmutableArray<Release>[] chosen = [];

    /// <returns>The related releases of <paramref name="newestFirst"/>[i] at index i.</returns>
    public ImmutableArray<Release>[] GetOrChoose(ImmutableArray<Release> newestFirst, int count, Func<ImmutableArray<Release>[]> choose)
    {
        lock (gate)
        {
            var current = Signatures(newestFirst, count);
            if (!current.AsSpan().SequenceEqual(signatures))
            {
                var related = choose();
                var position = new Dictionary<Release, int>(newestFirst.Length, ReferenceEqualityComparer.Instance);
                for (var i = 0; i < newestFirst.Length; i++)
                {
                    position[newestFirst[i]] = i;
                }

                positions = [.. related.Select(list => list.Select(release => position[release]).ToArray())];
                Keep(newestFirst, current, related);
                return related;
            }

            // A list that names only releases kept as they were is the very list of last time.
            var kept = new ImmutableArray<Release>[positions.Length];
            for (var i = 0; i < positions.Length; i++)
            {
                kept[i] = positions[i].All(at => ReferenceEquals(releases[at], newestFirst[at])) ? chosen[i] : [.. positions[i].Select(at => newestFirst[at])];
            }

            Keep(newestFirst, current, kept);
            return kept;
        }
    }

    private void Keep(ImmutableArray<Release> newestFirst, string[] current, ImmutableArray<Release>[] related)
    {
        releases = newestFirst;
        signatures = current;
        chosen = related;
    }

    /// <summary>
    /// What the choice of related releases reads of each release, in the site's order, and the count; a release
    /// that is the same object as last time at the same place has the same signature, which is not made again.
    /// </summary>
    private string[] Signatures(ImmutableArray<Release> newestFirst, int count)
    {
        var made = new string[newestFirst.Length + 1];
        var text = new StringBuilder();
        for (var i = 0; i < newestFirst.Length; i++)
        {
            var release = newestFirst[i];
            if (i < releases.Length && ReferenceEquals(releases[i], release))
            {
                made[i] = signatures[i];
                continue;
            }

            text.Clear().Append(release.Path).Append('\n').Append(release.Date.ToString("O", CultureInfo.InvariantCulture));
            foreach (var partner in release.Partners)
            {
                text.Append("\np:").Append(partner.Id);
            }

            foreach (var topic in release.Topics)
            {
                text.Append("\nt:").Append(topic.Id);
            }

            made[i] = text.ToString();
        }

        made[^1] = count.ToString(CultureInfo.InvariantCulture);
        return made;
    }
}
