namespace PortalGen.Corpus;

/// <summary>A subject releases are filed under, as topics.yml lists it.</summary>
internal sealed record Topic(string Id, string Name, string Description)
{
    /// <summary>The 30 topics of the corpus.</summary>
    public static readonly IReadOnlyList<Topic> All =
    [
        new("artificial-intelligence", "Artificial intelligence", "Learning systems, reasoning and their applications."),
        new("machine-learning", "Machine learning", "Algorithms that learn from data, from theory to practice."),
        new("robotics", "Robotics", "Robots that sense, move and work alongside people."),
        new("autonomous-driving", "Autonomous driving", "Perception, planning and safety for automated vehicles."),
        new("computer-vision", "Computer vision", "Machines that see: images, video and 3D scenes."),
        new("natural-language-processing", "Natural language processing", "Language models, translation and speech."),
        new("quantum-technology", "Quantum technology", "Quantum computing, sensing and communication."),
        new("materials-science", "Materials science", "New materials for energy, electronics and medicine."),
        new("medical-imaging", "Medical imaging", "Imaging methods for diagnosis and therapy."),
        new("neuroscience", "Neuroscience", "How brains process information and control behaviour."),
        new("climate-research", "Climate research", "Understanding and mitigating climate change."),
        new("energy-storage", "Energy storage", "Batteries, hydrogen and storage for the energy transition."),
        new("sustainability", "Sustainability", "Resource-efficient technology and circular economy."),
        new("research-cooperation", "Research cooperation", "Joint projects between science, industry and the public sector."),
        new("start-ups", "Start-ups", "Spin-offs, founders and the venture ecosystem."),
        new("technology-transfer", "Technology transfer", "From the laboratory to products and services."),
        new("funding", "Funding", "Grants, programmes and investments in research."),
        new("awards", "Awards", "Prizes and honours for researchers and teams."),
        new("ethics-and-society", "Ethics and society", "Responsible research, regulation and public dialogue."),
        new("education", "Education", "Study programmes, doctoral training and schools."),
        new("cybersecurity", "Cybersecurity", "Secure systems, privacy and trustworthy computing."),
        new("high-performance-computing", "High-performance computing", "Supercomputers, simulation and data centres."),
        new("data-science", "Data science", "Statistics, data infrastructure and analytics."),
        new("biotechnology", "Biotechnology", "Engineering with biological systems."),
        new("manufacturing", "Manufacturing", "Production technology and industrial automation."),
        new("mobility", "Mobility", "Transport systems, electric vehicles and logistics."),
        new("space", "Space", "Satellites, earth observation and space exploration."),
        new("health", "Health", "Medicine, public health and digital health care."),
        new("open-science", "Open science", "Open data, open source and open access publishing."),
        new("events", "Events", "Conferences, open days and public lectures."),
    ];

    public static readonly IReadOnlyDictionary<string, Topic> ById = All.ToDictionary(t => t.Id, StringComparer.Ordinal);
}
