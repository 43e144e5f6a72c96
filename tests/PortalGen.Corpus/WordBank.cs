namespace PortalGen.Corpus;

/// <summary>
/// The phrases releases are made of. Placeholders in braces ({P}, {topic}, {amount} …) are filled by
/// <see cref="Prose"/>: those of a release's context the same everywhere in it, the others drawn afresh each time.
/// </summary>
internal static class WordBank
{
    /// <summary>Given names of the people quoted.</summary>
    public static readonly IReadOnlyList<string> FirstNames =
    [
        "Anna", "Jana", "Lukas", "Sophie", "Björn", "Anja", "Tobias", "Claire", "Matteo", "Hanna", "Felix", "Ingrid",
        "Miriam", "Jörg", "Katharina", "Stefan", "Lea", "Jürgen", "Elif", "Marco", "Ruth", "Henrik", "Zoë", "Daniel",
        "Sabine", "Moritz", "Agnieszka", "Pierre", "Yuki", "Nils",
    ];

    /// <summary>Family names of the people quoted.</summary>
    public static readonly IReadOnlyList<string> LastNames =
    [
        "Schäfer", "Müller", "Weiß", "Köhler", "Groß", "Dubois", "Rossi", "Özdemir", "Brückner", "Ødegaard",
        "Haußmann", "Lindqvist", "Bauer", "Krämer", "Vogt", "Nguyen", "Fischer", "Hoffmann", "Schmid", "Novák",
        "Tanaka", "Becker", "Wójcik", "Lehmann", "Fuchs", "Zimmermann", "Jäger", "Martín", "Huber", "Keller",
    ];

    /// <summary>The press officers who sign the releases.</summary>
    public static readonly IReadOnlyList<string> Authors =
    [
        "Steve Rogerson", "Jana Müller", "Lukas Schäfer", "Sophie Weiß", "Björn Lindqvist", "Anja Köhler",
        "Tobias Groß", "Claire Dubois", "Matteo Rossi", "Hanna Özdemir", "Felix Brückner", "Miriam Haußmann",
        "Katharina Vogt", "Jörg Krämer", "Elif Demir", "Daniel Hoffmann", "Sabine Jäger", "Nils Fuchs", "Ruth Lehmann",
        "Marco Keller",
    ];

    /// <summary>Titles before a quoted person's name (none for some).</summary>
    public static readonly IReadOnlyList<string> AcademicTitles =
    [
        "Prof. Dr.", "Prof.", "Dr.", "Dr.", "Prof. Dr.", "",
    ];

    /// <summary>Departments a quoted researcher heads.</summary>
    public static readonly IReadOnlyList<string> Departments =
    [
        "Department of Empirical Inference", "Institute for Robotics", "Chair of Machine Learning",
        "Institute of Materials Research", "Cluster of Excellence", "Centre for Bioinformatics",
        "Institute for Computer Vision", "Department of Neural Computation", "Research Group on Autonomous Systems",
        "Laboratory for Energy Systems", "Institute of Medical Imaging", "Centre for Data Science",
    ];

    /// <summary>Programmes the consortium runs.</summary>
    public static readonly IReadOnlyList<string> Programmes =
    [
        "International Max Planck Research School", "Cyber Valley Start-up Network", "ELLIS unit",
        "graduate school for intelligent systems", "innovation campus", "joint doctoral programme",
        "Research Training Group", "transfer platform", "AI Research Fund", "industrial PhD track",
        "Public Advisory Board", "summer school",
    ];

    /// <summary>What the researchers developed.</summary>
    public static readonly IReadOnlyList<string> Technologies =
    [
        "a self-calibrating sensor array", "a data-efficient learning method", "a modular robot gripper",
        "a neural network for three-dimensional scene understanding", "a low-power chip for edge AI",
        "an open-source toolkit for probabilistic modelling", "a soft exoskeleton for rehabilitation",
        "a battery cell with a solid electrolyte", "a quantum sensor for magnetic fields",
        "a digital twin of a production line", "a language model for technical documentation",
        "a microscope that images living tissue in real time", "a simulation platform for automated vehicles",
        "a privacy-preserving method for training on medical data", "a lightweight drone for crop monitoring",
        "an algorithm that explains its own decisions", "a catalyst for green hydrogen", "a tactile skin for robots",
        "a method for verifying safety-critical software", "a high-resolution climate model",
    ];

    /// <summary>What it is for.</summary>
    public static readonly IReadOnlyList<string> Applications =
    [
        "industrial quality control", "early cancer diagnosis", "energy-efficient data centres",
        "logistics in small and medium-sized enterprises", "urban air mobility", "precision agriculture",
        "personalised rehabilitation", "grid-scale energy storage", "weather and flood forecasting",
        "the recycling of electronic waste", "autonomous shuttles in rural areas", "drug discovery",
        "assistive robots in care homes", "secure industrial networks", "laser-based manufacturing",
        "the monitoring of biodiversity", "earth observation from small satellites", "surgical planning",
    ];

    /// <summary>What it could do.</summary>
    public static readonly IReadOnlyList<string> Benefits =
    [
        "reduce energy consumption by up to {pct} percent", "make diagnoses faster and more reliable",
        "cut development times considerably", "work with far less training data than previous approaches",
        "detect defects that the human eye cannot see", "run on ordinary hardware", "lower costs for small companies",
        "protect sensitive data at the same time", "adapt to new tasks within minutes",
        "operate safely next to people", "extend the lifetime of components by {pct} percent",
        "make results reproducible for other groups",
    ];

    /// <summary>Buildings and laboratories that open.</summary>
    public static readonly IReadOnlyList<string> Facilities =
    [
        "research building", "robotics laboratory", "innovation centre", "clean room",
        "test field for automated driving", "high-performance computing centre", "battery pilot line",
        "maker space for students", "imaging core facility", "AI incubator",
    ];

    /// <summary>Prizes won.</summary>
    public static readonly IReadOnlyList<string> Awards =
    [
        "Gottfried Wilhelm Leibniz Prize", "ERC Starting Grant", "ERC Advanced Grant",
        "Landesforschungspreis Baden-Württemberg", "Körber European Science Prize", "Heinz Maier-Leibnitz Prize",
        "Zeiss Research Award", "best paper award", "Humboldt Professorship", "German Future Prize nomination",
    ];

    /// <summary>Where findings are presented.</summary>
    public static readonly IReadOnlyList<string> Conferences =
    [
        "NeurIPS", "CVPR", "ICML", "ICRA", "the International Conference on Learning Representations",
        "the European Conference on Computer Vision", "the Robotics: Science and Systems conference",
        "the AAAI Conference on Artificial Intelligence",
    ];

    /// <summary>Section headings of a body.</summary>
    public static readonly IReadOnlyList<string> Headings =
    [
        "Background", "The technology", "Next steps", "Funding and partners", "Applications", "Key facts",
        "About the project", "Results", "Outlook", "How it works", "A growing ecosystem", "From the lab to the market",
        "Training the next generation", "Open questions",
    ];

    /// <summary>Month names for the dateline, January first.</summary>
    public static readonly IReadOnlyList<string> Months =
    [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
        "December",
    ];

    /// <summary>The sentences paragraphs are drawn from.</summary>
    public static readonly IReadOnlyList<string> Sentences =
    [
        "Researchers at {P} have developed {tech} for {app}.", "The new approach could help to {benefit}.",
        "With the agreement, {P} and {P2} intend to pool their expertise in {topic}.",
        "The project is funded with {amount} over {years} years.",
        "In the first phase, the partners will focus on {app}.",
        "The results were published in the journal *{journal}*.", "The team presented its findings at {conf}.",
        "{P2} contributes its experience with {app} and provides access to real-world data.",
        "The collaboration builds on more than {years} years of joint work in {topic}.",
        "Around {num} researchers, engineers and doctoral students are involved.",
        "A particular focus lies on transferring results quickly into practice.",
        "Companies in the region will be able to test the methods at an early stage.",
        "The {facility} offers space for {num} workplaces and will open next year.",
        "The partners expect the first prototypes to be ready within {years} years.",
        "Unlike earlier methods, the system learns from only a handful of examples.",
        "Experiments show that {tech} can {benefit}.",
        "The software will be made available as open source so that other groups can build on it.",
        "The consortium also wants to inform the public about opportunities and risks of {topic}.",
        "Doctoral students will spend part of their training at {P2}.",
        "Ethical and legal questions are examined from the outset.",
        "The state of Baden-Württemberg supports the initiative with {amount}.",
        "The jury praised the originality and the practical relevance of the work.",
        "The prize is endowed with {amount} and is one of the most prestigious of its kind.",
        "In tests on {num} samples, the method outperformed established procedures.",
        "The {prog} brings together talents from more than {years} countries.",
        "For {app}, this is an important step forward.",
        "Industrial partners such as {P2} have already expressed their interest.",
        "The next step is to validate the technology under real operating conditions.",
        "A spin-off company is to commercialise the results.", "The findings open up new possibilities for {app}.",
        "Scientists from {P} and {P2} worked closely together on the study.",
        "The data sets used in the study are openly available.",
        "The project combines fundamental research with concrete applications in {app}.",
        "The initiative is part of a strategy to strengthen {topic} in Europe.",
        "Interested members of the public can visit the {facility} during an open day.",
        "The measurements were carried out over a period of {num} days.",
        "This makes the procedure considerably cheaper than conventional methods.",
        "According to the researchers, the approach can be transferred to other fields as well.",
        "In the long term, the partners want to establish a European network for {topic}.",
        "The first results are expected to be presented at {conf}.",
    ];

    /// <summary>What the quoted person says.</summary>
    public static readonly IReadOnlyList<string> Quotes =
    [
        "This partnership shows what is possible when science and industry work together as equals",
        "We are delighted that our work on {topic} is receiving this recognition",
        "Our goal is to bring these methods out of the laboratory and into everyday use",
        "The region has everything it needs to become a leading location for {topic}",
        "Young researchers in particular will benefit from this new environment",
        "We have shown that {tech} can work reliably outside the laboratory",
        "Trust is the basis for the acceptance of new technologies, and we take that seriously",
        "Only together can we keep pace with the rapid developments in {topic}",
        "The funding gives us the freedom to pursue ideas that are genuinely new",
        "We want our results to be openly available to everyone",
    ];

    /// <summary>Items of an agreement's list.</summary>
    public static readonly IReadOnlyList<string> ListItems =
    [
        "{num} new doctoral positions in {topic}", "a shared {facility} at {P}",
        "regular exchange programmes between {P} and {P2}", "open-source release of all software tools",
        "pilot applications in {app}", "a public lecture series on {topic}", "joint supervision of master's theses",
        "annual funding of {amount}", "a start-up support programme with mentoring by {P2}",
        "a data infrastructure that meets European privacy rules", "workshops for schools and teachers",
        "an ethics advisory board",
    ];

    /// <summary>Where results are published.</summary>
    public static readonly IReadOnlyList<string> Journals =
    [
        "Nature", "Science", "Nature Machine Intelligence", "Science Robotics", "Cell", "Nature Communications",
        "PNAS", "Advanced Materials", "The Lancet Digital Health",
        "IEEE Transactions on Pattern Analysis and Machine Intelligence",
    ];

    /// <summary>Titles; besides the context's placeholders: {tech_short}, the technology without its article, {amount_t}, an amount that starts a title, {award}, {person} and {city}.</summary>
    public static readonly IReadOnlyList<string> TitlePatterns =
    [
        "{P} and {P2} sign memorandum of understanding on {topic}", "{P} opens new {facility}",
        "Researchers at {P} develop {tech_short} for {app}", "{award} for {person} of {P}",
        "{P} launches {prog} to strengthen {topic}", "{P} and {P2} found joint laboratory for {topic}",
        "{amount_t} for {topic} research in {city}", "New study: {tech_short} could {benefit}",
        "{P} spin-off raises funding for {app}", "{P} hosts international conference on {topic}",
        "{P2} joins the consortium", "How {tech_short} could change {app}",
    ];

    /// <summary>What a quoted person is, by the kind of their partner.</summary>
    public static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> Roles = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
    {
        ["science"] =
        [
            "head of the {dept} at {P}", "spokesperson of the {prog}", "vice president for research at {P}",
            "director at {P}", "scientific coordinator of the project", "group leader at {P}", "rector of {P}",
        ],
        ["industry"] =
        [
            "chief technology officer of {P}", "managing director of {P}", "head of research at {P}",
            "member of the executive board of {P}", "founder and CEO of the spin-off",
        ],
        ["foundation"] =
        [
            "managing director of {P}", "chair of the board of trustees of {P}", "programme director at {P}",
        ],
        ["public"] =
        [
            "Minister of Science of Baden-Württemberg", "spokesperson of {P}", "head of the research division at {P}",
            "scientific coordinator of the project",
        ],
    };
}
