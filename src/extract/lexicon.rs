//! English word lists used by event extraction: abbreviations, stop words, connectives,
//! honorifics, modality cues and name aliases. Language knowledge lives here, apart from the
//! code that applies it, so another language touches one place.

/// Words ending in "." that do not end a sentence (lowercase, without the final dot).
pub const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "gen", "gov", "sen", "rep", "lt", "col", "maj", "capt", "sgt",
    "st", "jr", "sr", "inc", "corp", "co", "ltd", "vs", "etc", "no", "jan", "feb", "mar", "apr",
    "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu",
    "thur", "thurs", "fri", "sat", "sun", "approx", "est", "dept", "univ", "ave", "mt",
];

/// Function words and reporting verbs that carry no event content.
pub const STOPWORDS: &[&str] = &[
    "a",
    "about",
    "above",
    "according",
    "across",
    "after",
    "afterward",
    "again",
    "against",
    "ago",
    "all",
    "almost",
    "also",
    "although",
    "among",
    "an",
    "and",
    "another",
    "any",
    "are",
    "around",
    "as",
    "asked",
    "at",
    "be",
    "because",
    "been",
    "before",
    "being",
    "between",
    "both",
    "but",
    "by",
    "can",
    "could",
    "did",
    "do",
    "does",
    "done",
    "during",
    "each",
    "earlier",
    "either",
    "even",
    "ever",
    "every",
    "first",
    "for",
    "from",
    "further",
    "had",
    "has",
    "have",
    "having",
    "he",
    "her",
    "here",
    "hers",
    "him",
    "his",
    "how",
    "however",
    "i",
    "if",
    "in",
    "into",
    "is",
    "it",
    "its",
    "itself",
    "just",
    "last",
    "later",
    "least",
    "less",
    "like",
    "made",
    "make",
    "many",
    "may",
    "me",
    "meanwhile",
    "might",
    "more",
    "most",
    "much",
    "must",
    "my",
    "near",
    "need",
    "never",
    "new",
    "next",
    "no",
    "nor",
    "not",
    "now",
    "of",
    "off",
    "on",
    "once",
    "one",
    "only",
    "or",
    "other",
    "our",
    "out",
    "over",
    "own",
    "per",
    "said",
    "same",
    "say",
    "says",
    "second",
    "several",
    "she",
    "should",
    "since",
    "so",
    "some",
    "still",
    "such",
    "than",
    "that",
    "the",
    "their",
    "them",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "though",
    "through",
    "time",
    "to",
    "told",
    "too",
    "two",
    "under",
    "until",
    "up",
    "upon",
    "us",
    "very",
    "was",
    "way",
    "we",
    "were",
    "what",
    "when",
    "where",
    "whether",
    "which",
    "while",
    "who",
    "whom",
    "whose",
    "why",
    "will",
    "with",
    "within",
    "without",
    "would",
    "yet",
    "you",
    "your",
    "mr",
    "mrs",
    "ms",
    "week",
    "weeks",
    "day",
    "days",
    "month",
    "months",
    "year",
    "years",
    "today",
    "yesterday",
    "tomorrow",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "february",
    "march",
    "april",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "weekend",
    "morning",
    "evening",
    "night",
    "hours",
    "hour",
    "early",
    "late",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "saying",
    "added",
    "noted",
    "think",
    "thought",
    "going",
    "get",
    "got",
    "went",
    "come",
    "came",
    "take",
    "took",
    "says",
    "tell",
    "according",
];

/// Sentence-initial connectives dropped from headlines.
pub const CONNECTIVES: &[&str] = &[
    "but",
    "however",
    "and",
    "yet",
    "still",
    "meanwhile",
    "also",
    "so",
    "then",
    "moreover",
    "furthermore",
    "nonetheless",
    "nevertheless",
    "instead",
    "indeed",
    "besides",
    "thus",
    "hence",
    "although",
    "though",
    "even so",
    "in addition",
    "at the same time",
];

/// Honorifics dropped from headlines and actor names.
pub const HONORIFICS: &[&str] = &["Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr."];

/// Clause openers that start a new clause: a timex on one side anchors only its side.
pub const CLAUSE_BREAKS: &[&str] = &[
    "; ",
    ": ",
    ", and ",
    ", but ",
    ", while ",
    ", whereas ",
    " – ",
    " — ",
    " - ",
    ", after which ",
];

/// Words after which a headline is cut when it grows long.
pub const HEADLINE_CUTS: &[&str] = &[
    ", which",
    ", who",
    ", where",
    ", as ",
    ", but",
    " because ",
    ", saying",
    ", after",
    ", in what",
    ", a move",
    ", although",
    ", though",
    " even as ",
    ", while",
];

/// Cues that a clause speaks of the future (planned or expected events).
pub const FUTURE_CUES: &[&str] = &[
    "will",
    "shall",
    "'ll",
    "’ll",
    "is to",
    "are to",
    "is due to",
    "are due to",
    "is expected to",
    "are expected to",
    "plans to",
    "plan to",
    "planned to",
    "scheduled to",
    "is set to",
    "are set to",
    "intends to",
    "is scheduled",
    "would travel",
    "is going to",
    "are going to",
    "upcoming",
];

/// Cues that a clause tells a happening as prospect, not fact, beyond [`FUTURE_CUES`]: what
/// was due or hoped for at the time ("The company was due to make a payment", "BP hopes to
/// begin pumping"). An event that happened is not titled by such a clause when a source
/// tells it as done (see `headline::tells_as_prospect`).
pub const PROSPECT_CUES: &[&str] = &[
    "was due",
    "were due",
    "was expected to",
    "were expected to",
    "was scheduled to",
    "were scheduled to",
    "was set to",
    "were set to",
    "hopes to",
    "hope to",
    "hoped to",
    "is hoping to",
    "are hoping to",
    "was hoping to",
];

/// Words that open a subordinate clause: a headline's tense is read before the first of
/// these (see `headline::tells_as_prospect`).
pub const SUBORDINATORS: &[&str] = &[
    "that", "which", "who", "whom", "whose", "when", "where", "while", "if", "because", "after",
    "before", "as", "since", "until", "unless", "although", "though", "over", "amid",
];

/// Words that precede a date that bounds rather than anchors a happening
/// ("for the first time since December").
pub const NON_ANCHOR_PREPOSITIONS: &[&str] = &["since", "until", "till", "by", "through"];

/// Capitalised words that are not actors.
pub const NON_ACTORS: &[&str] = &[
    "The",
    "A",
    "An",
    "In",
    "On",
    "At",
    "But",
    "And",
    "Yet",
    "He",
    "She",
    "It",
    "They",
    "We",
    "I",
    "His",
    "Her",
    "Their",
    "This",
    "That",
    "These",
    "Those",
    "After",
    "Before",
    "As",
    "If",
    "When",
    "While",
    "Although",
    "However",
    "Still",
    "Asked",
    "Speaking",
    "According",
    "Read",
    "READ",
    "Last",
    "Next",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Of",
    "For",
    "To",
    "From",
    "With",
    "Even",
    "Imagine",
    "Should",
    "Has",
    "Maybe",
    "Of course",
    "Comments",
    "Leave",
    "Reply",
    "Your",
    "Mr",
    "Mrs",
    "Ms",
    "Dr",
    "President",
    "Prime",
    "Minister",
    "Secretary",
    "State",
    "Ambassador",
    "Foreign",
    "Director",
    "General",
    "Western",
    "Eastern",
    "Russian",
    "Ukrainian",
    "American",
    "European",
    "French",
    "British",
    "Hungarian",
    "Italian",
    "Chinese",
    "Polish",
    "Brazilian",
    "Soviet",
    "Spanish",
    "Military",
    "Political",
    "Officials",
    "Mr.",
];

/// Aliases mapped to one key, so "U.S.", "US" and "United States" match.
pub const ALIASES: &[(&str, &str)] = &[
    ("u.s.", "usa"),
    ("u.s", "usa"),
    ("us", "usa"),
    ("united states", "usa"),
    ("america", "usa"),
    ("washington", "usa"),
    ("u.k.", "uk"),
    ("britain", "uk"),
    ("united kingdom", "uk"),
    ("kiev", "kyiv"),
    ("russian", "russia"),
    ("ukrainian", "ukraine"),
    ("crimean", "crimea"),
    ("american", "usa"),
    ("british", "uk"),
    ("hungarian", "hungary"),
    ("french", "france"),
    ("chinese", "china"),
    ("kremlin", "russia"),
    ("moscow", "russia"),
    ("nato's", "nato"),
];

/// Reporting verbs: a clause that ends in one before a colon goes on with what was said
/// ("Hayward said: ``What we're seeing…''"), so the colon does not end the headline. Not
/// "wrote": "At 12:40 pm on 10 Jun 2010, H wrote: …" is a reader's comment, not news.
pub const REPORTING_VERBS: &[&str] = &[
    "said",
    "says",
    "told",
    "tells",
    "added",
    "adds",
    "stated",
    "states",
    "declared",
    "announced",
    "explained",
    "warned",
    "insisted",
];

/// Words that open a date used as a time adverbial on its own (besides weekday names:
/// "yesterday", "last week"; "two days ago" ends in "ago"): such a date is dropped from a headline even
/// without a preposition before it. Other dates are kept when dropping them would leave the
/// sentence broken ("BP had a terrible 2010 with the spill", "Fourth of July is near").
pub const ADVERBIAL_DATE_OPENERS: &[&str] = &[
    "yesterday",
    "today",
    "tonight",
    "tomorrow",
    "last",
    "next",
    "this",
    "earlier",
    "later",
    "recently",
    "now",
];

/// Words that leave a determiner dangling when the date after them is dropped.
pub const DETERMINERS: &[&str] = &[
    "a", "an", "the", "this", "that", "its", "his", "her", "their", "our", "my", "your",
];

/// Page furniture of scraped news pages that stamps the page, not an event: a date or time
/// right after one of these openers is the page's, and the stamp with its trailing
/// navigation word is dropped from headlines ("6 January 2011 Last updated at 12:45 GMT Help
/// Shares in BP opened higher…" → "Shares in BP opened higher…").
pub const PAGE_STAMP_OPENERS: &[&str] =
    &["page last updated at", "last updated at", "last updated"];

/// Time-zone abbreviations that may close a page stamp.
pub const STAMP_ZONES: &[&str] = &[
    "gmt", "bst", "utc", "et", "est", "edt", "ct", "cdt", "cst", "pt", "pdt", "pst",
];

/// Navigation words scraped along with a page stamp.
pub const PAGE_CHROME: &[&str] = &["help", "share", "print", "email"];

/// Verb forms that show a headline is a clause, not a noun phrase (see
/// `headline::quality`).
pub const VERB_HINTS: &[&str] = &[
    "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "can",
    "could", "may", "might", "must", "shall", "should", "do", "does", "did", "said", "says",
    "told", "tells", "says", "made", "makes", "took", "takes", "went", "goes", "began", "begins",
    "won", "wins", "lost", "loses", "met", "meets", "left", "leaves", "came", "comes", "gave",
    "gives", "set", "sets", "put", "puts", "cut", "cuts", "hit", "hits",
];

/// Verbs that attribute a claim ("officials said the convoy crossed on Tuesday"): a dated
/// happening in their complement is someone's account (`Status::Reported`).
pub const CLAIM_VERBS: &[&str] = &[
    "said",
    "says",
    "claimed",
    "claims",
    "alleged",
    "alleges",
    "insisted",
    "insists",
    "stated",
    "states",
    "added",
    "adds",
    "contended",
    "contends",
    "asserted",
    "asserts",
];

/// Pronouns whose "said" a headline drops in favour of what was said (see
/// `headline::drop_pronoun_attribution`).
pub const ATTRIBUTING_PRONOUNS: &[&str] = &["he", "she", "they", "we", "i"];

/// Reporting verbs followed directly by what was said (not by an object, as "told
/// reporters" or "announced a ban" are).
pub const SAYING_VERBS: &[&str] = &["said", "says", "added", "adds", "stated", "insisted"];

/// Subject pronouns: a headline that starts with one does not say who acted.
pub const SUBJECT_PRONOUNS: &[&str] = &[
    "he", "she", "it", "they", "we", "i", "you", "this", "that", "these", "those",
];

/// Words before a date followed by a colon that make it part of a clause ("said on Saturday:
/// …", "as of 1 June: …") rather than the head of a chronology entry ("28 April: …").
pub const ENTRY_BLOCKERS: &[&str] = &[
    "on",
    "in",
    "at",
    "by",
    "since",
    "until",
    "till",
    "from",
    "to",
    "for",
    "of",
    "as",
    "before",
    "after",
    "during",
    "said",
    "says",
    "told",
    "added",
    "wrote",
    "announced",
];

/// Words a headline cut short does not end on ("…the", "…of", "…its").
pub const TITLE_TRAILING_WORDS: &[&str] = &[
    "the", "a", "an", "of", "to", "and", "in", "on", "for", "that", "with", "its", "his", "her",
];

/// Auxiliaries, modals and the words between them and their verb ("should have", "are thought
/// to be"): a headline cut right after one is extended to the verb, or ends before it.
pub const TITLE_VERB_CHAIN: &[&str] = &[
    "has", "have", "had", "is", "are", "was", "were", "be", "been", "being", "will", "would",
    "can", "could", "shall", "should", "may", "might", "must", "do", "does", "did", "to", "not",
];

/// Words that open a question ("Does that mean the White House is unhappy…?"): a question
/// asks about a happening rather than telling it, so it titles an event only when nothing
/// else does. "When" and "where" are left out: they mostly open a clause ("When engineers
/// removed the cap, oil began to flow").
pub const QUESTION_OPENERS: &[&str] = &[
    "does", "do", "did", "is", "are", "was", "were", "will", "would", "can", "could", "should",
    "shall", "what", "why", "how", "who", "which",
];

/// Reporting verbs that alone make no event ("On 10 Jun 2010, ken wrote").
pub const BARE_REPORTING: &[&str] = &["wrote", "writes", "posted"];

/// Whether a headline says enough to be an event: two words at least, and not just a byline
/// or attribution ("Ken wrote", "Chief operating officer Doug Suttles said").
pub fn is_newsworthy_title(title: &str) -> bool {
    let words: Vec<&str> = title.split_whitespace().collect();
    if words.len() < 2 {
        return false;
    }
    let last = words[words.len() - 1]
        .trim_end_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase();
    !(words.len() <= 6 && BARE_REPORTING.contains(&last.as_str()))
}

/// Units that tokenised text writes apart from their figure ("$ 2.6 bn", "3.4 %"); a title
/// joins them back ("$2.6bn", "3.4%").
pub const AMOUNT_UNITS: &[&str] = &["bn", "m", "tn", "%", "pc", "p"];

/// Number words that go on an amount ("$30 Billion Blowout"): an amount before one is not
/// the end of a previous line.
pub const AMOUNT_WORDS: &[&str] = &["million", "billion", "trillion", "thousand", "hundred"];

/// Parts of a web address that a tokeniser splits at its dots ("Mirror . co. uk"): a title
/// joins them back, and drops an outlet's address before a link's headline.
pub const WEB_DOMAIN_PARTS: &[&str] = &[
    "co", "com", "org", "net", "gov", "uk", "za", "au", "nz", "ie", "in", "ca",
];

/// Function words of an English heading in capitals ("NEW CAP FOR LEAKING OIL WELL"): one
/// of them in a run of capital words marks a heading, not a row of acronyms.
pub const HEADING_FUNCTION_WORDS: &[&str] = &[
    "FOR", "OF", "THE", "TO", "IN", "ON", "AND", "AT", "WITH", "FROM", "AS", "IS", "ARE",
];

/// Prepositions and time words that glue a date into its clause ("on", "in the morning of",
/// "later on"): dropped with the date from a headline, and not counted as a claim's complement.
pub const DATE_GLUE: &[&str] = &[
    "on",
    "in",
    "at",
    "of",
    "the",
    "during",
    "over",
    "from",
    "since",
    "by",
    "evening",
    "morning",
    "afternoon",
    "night",
    "early",
    "late",
    "hours",
    "as",
    "of",
    // "Later on Thursday", "earlier in the day".
    "later",
    "earlier",
];

/// Units of the age stamps that scraped link lists print after each headline ("- 6 hrs ago").
pub const LINK_AGE_UNITS: &[&str] = &[
    "hr", "hrs", "hour", "hours", "min", "mins", "minute", "minutes", "day", "days",
];

/// Capitalised function words that open a sentence: after a lower-case content word with no
/// full stop between, one starts a sentence run on from a scraped box or caption ("…to
/// shareholders At its worst, BP saw…"; see `surface::cut_glued_sentence`).
pub const GLUED_SENTENCE_OPENERS: &[&str] = &[
    "At",
    "The",
    "A",
    "An",
    "In",
    "On",
    "This",
    "It",
    "He",
    "She",
    "They",
    "We",
    "But",
    "And",
    "However",
    "Meanwhile",
    "His",
    "Her",
    "Its",
    "Their",
];

/// Prepositions whose date is their complement, not an adverbial that can go: without it
/// they dangle ("would continue into", "not ready before", "may resume for"), so a headline
/// keeps the date after them.
pub const DATE_KEEPING_PREPOSITIONS: &[&str] = &[
    "into", "before", "after", "for", "to", "than", "within", "between", "until", "till",
];

/// Words that, right after a comma that would close an aside, start a new phrase rather than
/// go on with the sentence ("…via the link, a House Democrat"; "…, to the committee"): the
/// comma then closes no aside (see `surface::aside_spans`).
pub const ASIDE_BREAKERS: &[&str] = &[
    "to",
    "of",
    "in",
    "on",
    "at",
    "for",
    "with",
    "from",
    "by",
    "as",
    "but",
    "while",
    "which",
    "who",
    "where",
    "when",
    "after",
    "before",
    "saying",
    "including",
    "according",
];

/// Subject pronouns a title may replace with the antecedent the article gives (see
/// `antecedent`): "he"/"she" stand for a named person, "it" for a named organisation or
/// place, "they" for two named actors joined by "and". "We", "I" and "you" speak from
/// inside the story and are left alone.
pub const ANAPHORIC_SUBJECTS: &[&str] = &["he", "she", "it", "they"];

/// Forms of each resolvable pronoun, any of which in a sentence carries a chain of
/// reference back to an earlier one ("Mr Svanberg… he received… he worked…").
pub const MASCULINE_FORMS: &[&str] = &["he", "him", "his", "himself"];
pub const FEMININE_FORMS: &[&str] = &["she", "her", "hers", "herself"];

/// Forms of "be": within the first words after "it" one makes the "it" expletive or too
/// vague to name ("It was the first", "It is expected", "it could be weeks", "It had to be
/// put aside"). Even a progressive "it is preparing" is left, as "it" is then as often a
/// thing ("the cap") as the company.
pub const BE_FORMS: &[&str] = &[
    "is", "was", "are", "were", "be", "been", "being", "'s", "’s", "am",
];

/// Verbs after "it" that make it expletive, whatever follows ("It seems…", "It emerged
/// that…", "it could take three months", "It means…").
pub const EXPLETIVE_IT_VERBS: &[&str] = &[
    "seems", "seemed", "appears", "appeared", "emerged", "emerges", "remains", "remained", "take",
    "takes", "took", "means", "meant", "looks", "looked", "matters", "mattered", "happens",
    "happened", "follows", "followed", "feels", "felt", "depends", "helps", "costs", "cost",
    "pays", "turns", "turned", "comes", "came", "goes", "went",
];

/// Words before or opening a name that make its bearer a person ("Mr Hayward", "Adm
/// Allen", "Interior Secretary Ken Salazar"), without dots.
#[rustfmt::skip]
pub const PERSON_TITLES: &[&str] = &[
    "Mr", "Mrs", "Ms", "Miss", "Dr", "Lord", "Lady", "Sir", "Dame", "President", "Senator",
    "Sen", "Rep", "Representative", "Congressman", "Congresswoman", "Governor", "Gov", "Adm",
    "Admiral", "Secretary", "Chairman", "Chairwoman", "Mayor", "Judge", "Justice", "Prince",
    "Princess", "King", "Queen", "Pope", "Rev", "Gen", "Capt", "Captain", "Chancellor",
    "Minister", "Commissioner", "Professor", "Prof", "Sheriff", "Attorney",
];

/// Titles that tell a man ("Mr", "Lord") or a woman ("Mrs", "Ms") apart.
pub const MASCULINE_TITLES: &[&str] = &["Mr", "Lord", "Sir", "King", "Prince", "Congressman"];
#[rustfmt::skip]
pub const FEMININE_TITLES: &[&str] = &[
    "Mrs", "Ms", "Miss", "Lady", "Dame", "Queen", "Princess", "Congresswoman", "Chairwoman",
];

/// Nouns for a person named by role ("the president says…", "a spokesman said"): as a
/// subject in a sentence searched for the antecedent of "he" or "she", one may be the
/// antecedent as well as any name, so the pronoun is left alone.
#[rustfmt::skip]
pub const PERSON_NOUNS: &[&str] = &[
    "president", "chairman", "chairwoman", "chief", "executive", "minister", "secretary",
    "spokesman", "spokeswoman", "spokesperson", "official", "analyst", "man", "woman",
    "director", "governor", "senator", "admiral", "engineer", "worker", "fisherman", "expert",
    "professor", "scientist", "lawyer", "judge", "officer", "boss", "mayor", "commander",
    "captain", "correspondent", "editor", "reporter", "resident", "witness", "father", "mother",
    "son", "daughter", "husband", "wife", "owner", "manager", "founder", "leader",
];

/// Determiners before such a role noun.
pub const ROLE_DETERMINERS: &[&str] = &["the", "a", "an", "one", "another", "this", "that"];
