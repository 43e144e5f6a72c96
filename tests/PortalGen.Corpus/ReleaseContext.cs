namespace PortalGen.Corpus;

/// <summary>What one release is about, the same wherever its phrases name it ({P}, {P2}, {topic} …).</summary>
internal sealed record ReleaseContext(string Partner, string OtherPartner, string Topic, string Technology, string Application, string Facility, string Programme);
