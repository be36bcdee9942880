//! Common given names (data, apart from the rules that use them). A given name before a
//! surname tells two bearers of the surname apart: "Barack Obama" and "Michelle Obama" are
//! not one actor, while "President Obama", "Team Obama" or "Mexico BP" qualify nobody. The
//! list is broad (names common in news across many languages), not exhaustive: a name not
//! in it only means the surname alone decides, as before. Lowercase, sorted (a test checks).

/// Common given names, lowercase and sorted.
#[rustfmt::skip]
pub const GIVEN_NAMES: &[&str] = &[
    "aaron", "abdul", "abdullah", "abigail", "abraham", "adam", "adrian", "adriana", "ahmad",
    "ahmed", "aidan", "aisha", "akira", "alan", "albert", "alberto", "alejandro", "aleksandr",
    "alex", "alexander", "alexandra", "alexei", "alexis", "alfred", "ali", "alice", "alicia",
    "alina", "alison", "amanda", "amber", "amelia", "amir", "amy", "ana", "anastasia", "anders",
    "andrea", "andreas", "andrei", "andres", "andrew", "andrzej", "angela", "angelo", "angus",
    "anita", "ann", "anna", "anne", "annie", "anthony", "anton", "antonio", "antony", "arjun",
    "arnold", "arthur", "ashley", "aziz", "barack", "barbara", "barry", "beatriz", "ben",
    "benjamin", "bernard", "bernie", "beth", "betty", "beverly", "bilal", "bjorn", "boris",
    "brad", "bradley", "brandon", "brenda", "brendan", "brian", "bruce", "bruno", "bryan",
    "camila", "carl", "carla", "carlos", "carmen", "carol", "caroline", "carolyn", "catherine",
    "cecilia", "charles", "charlie", "charlotte", "chen", "cheryl", "chloe", "chris",
    "christian", "christina", "christine", "christopher", "claire", "clara", "claudia", "colin",
    "connor", "craig", "cristina", "cynthia", "daniel", "daniela", "danielle", "darren",
    "david", "deborah", "debra", "dennis", "derek", "diana", "diane", "diego", "dimitri",
    "dmitri", "dmitry", "dominic", "donald", "donna", "doris", "dorothy", "douglas", "duncan",
    "dylan", "edward", "eleanor", "elena", "elijah", "elizabeth", "ella", "ellen", "emily",
    "emma", "emmanuel", "enrique", "eric", "erik", "erin", "ethan", "eugene", "eva", "evelyn",
    "fatima", "felix", "fernando", "fiona", "francesca", "francis", "francisco", "frank",
    "franz", "fred", "frederick", "fumio", "gabriel", "gabriela", "gareth", "gary", "gavin",
    "george", "gerald", "gerhard", "giovanni", "giuseppe", "gloria", "gordon", "graham", "greg",
    "gregory", "greta", "guillermo", "gustavo", "hannah", "hans", "harold", "harriet", "harry",
    "hassan", "heather", "heinrich", "helen", "helmut", "henry", "hillary", "hiroshi", "howard",
    "hugh", "hugo", "hussein", "ian", "igor", "ingrid", "irene", "isaac", "isabel", "isabella",
    "ivan", "jack", "jacob", "jacqueline", "james", "jamie", "jan", "jane", "janet", "janice",
    "jason", "javier", "jean", "jeff", "jeffrey", "jennifer", "jens", "jeremy", "jerry",
    "jessica", "jill", "joan", "joanna", "joe", "joel", "johan", "johann", "john", "jonathan",
    "jorge", "jose", "joseph", "josh", "joshua", "juan", "judith", "judy", "julia", "julian",
    "julie", "justin", "kamala", "karen", "karim", "karl", "kate", "katherine", "kathleen",
    "kathryn", "katie", "keith", "kelly", "ken", "kenji", "kenneth", "kevin", "khalid", "kim",
    "kirsten", "klaus", "kyle", "lars", "laura", "lauren", "lawrence", "leah", "lena", "leo",
    "leon", "leonardo", "li", "lin", "linda", "lisa", "liu", "lorenzo", "louis", "louise",
    "lucas", "lucia", "luis", "luke", "lydia", "lynn", "magnus", "mahmoud", "manuel", "marco",
    "marcus", "margaret", "maria", "marie", "marina", "mario", "marisa", "marta", "martha",
    "martin", "mary", "matteo", "matthew", "maurice", "max", "maxim", "megan", "mehmet",
    "melissa", "michael", "michel", "michelle", "miguel", "mikhail", "mohamed", "mohammad",
    "mohammed", "muhammad", "nadia", "nancy", "naomi", "natalia", "natalie", "nathan", "neil",
    "nicholas", "nick", "nicola", "nicolas", "nicole", "nikolai", "nina", "noah", "noor",
    "norman", "olaf", "olga", "oliver", "olivia", "omar", "oscar", "pablo", "pamela", "paolo",
    "patricia", "patrick", "paul", "paula", "pedro", "peter", "philip", "philippe", "pierre",
    "priya", "rachel", "rafael", "rahul", "rajesh", "ralph", "ramon", "randy", "raul",
    "raymond", "rebecca", "recep", "richard", "rick", "rita", "robert", "roberto", "robin",
    "roger", "roland", "ronald", "rosa", "ruth", "ryan", "sachiko", "sally", "samantha",
    "samuel", "sandra", "sara", "sarah", "scott", "sean", "sebastian", "selin", "sergei",
    "sergey", "shannon", "sharon", "sheila", "shirley", "simon", "sofia", "sophia", "sophie",
    "stanley", "stefan", "stephanie", "stephen", "steve", "steven", "susan", "suzanne",
    "svetlana", "takeshi", "tamara", "tanya", "teresa", "terry", "thad", "theresa", "thomas",
    "timothy", "tina", "todd", "tom", "tomas", "tony", "tyler", "ursula", "valentina",
    "valerie", "vanessa", "vera", "veronica", "victor", "vikram", "vincent", "vladimir",
    "volodymyr", "walter", "wayne", "wendy", "william", "wolfgang", "xavier", "xi", "yasmin",
    "yuki", "yuri", "yusuf", "yvonne", "zara", "zhang", "zoe",
];

/// Given names of [`GIVEN_NAMES`] borne mostly by women, lowercase and sorted: "she" can
/// stand for their bearers and "he" cannot (see `super::antecedent`). Names common for
/// either sex ("Andrea", "Kelly", "Robin") are left out, so they decide nothing.
#[rustfmt::skip]
pub const FEMININE_GIVEN_NAMES: &[&str] = &[
    "abigail", "adriana", "aisha", "alexandra", "alice", "alicia", "alina", "alison", "amanda",
    "amber", "amelia", "amy", "ana", "anastasia", "angela", "anita", "ann", "anna", "anne",
    "annie", "ashley", "barbara", "beatriz", "beth", "betty", "beverly", "brenda", "camila",
    "carla", "carmen", "carol", "caroline", "carolyn", "catherine", "cecilia", "charlotte",
    "cheryl", "chloe", "christina", "christine", "claire", "clara", "claudia", "cristina",
    "cynthia", "daniela", "danielle", "deborah", "debra", "diana", "diane", "donna", "doris",
    "dorothy", "eleanor", "elena", "elizabeth", "ella", "ellen", "emily", "emma", "erin", "eva",
    "evelyn", "fatima", "fiona", "francesca", "gabriela", "gloria", "greta", "hannah",
    "harriet", "heather", "helen", "hillary", "ingrid", "irene", "isabel", "isabella",
    "jacqueline", "jane", "janet", "janice", "jennifer", "jessica", "jill", "joan", "joanna",
    "judith", "judy", "julia", "julie", "kamala", "karen", "kate", "katherine", "kathleen",
    "kathryn", "katie", "kirsten", "laura", "lauren", "leah", "lena", "linda", "lisa", "louise",
    "lucia", "lydia", "margaret", "maria", "marie", "marina", "marisa", "marta", "martha",
    "mary", "megan", "melissa", "michelle", "nadia", "nancy", "naomi", "natalia", "natalie",
    "nicole", "nina", "noor", "olga", "olivia", "pamela", "patricia", "paula", "priya",
    "rachel", "rebecca", "rita", "rosa", "ruth", "sachiko", "sally", "samantha", "sandra",
    "sara", "sarah", "selin", "shannon", "sharon", "sheila", "shirley", "sofia", "sophia",
    "sophie", "stephanie", "susan", "suzanne", "svetlana", "tamara", "tanya", "teresa",
    "theresa", "tina", "ursula", "valentina", "valerie", "vanessa", "vera", "veronica", "wendy",
    "yasmin", "yvonne", "zara", "zoe",
];

/// Whether `word` (any case) is a given name borne mostly by women.
pub fn is_feminine_given_name(word: &str) -> bool {
    let lower = word.to_lowercase();
    FEMININE_GIVEN_NAMES.binary_search(&lower.as_str()).is_ok()
}

/// Whether `word` (any case) is a common given name.
pub fn is_given_name(word: &str) -> bool {
    let lower = word.to_lowercase();
    GIVEN_NAMES.binary_search(&lower.as_str()).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_list_is_sorted_lowercase_and_unique() {
        assert!(GIVEN_NAMES.windows(2).all(|w| w[0] < w[1]));
        assert!(FEMININE_GIVEN_NAMES.windows(2).all(|w| w[0] < w[1]));
        assert!(FEMININE_GIVEN_NAMES.iter().all(|n| is_given_name(n)));
        assert!(
            GIVEN_NAMES
                .iter()
                .all(|n| n.chars().all(char::is_lowercase))
        );
    }

    #[test]
    fn given_names_are_found_in_any_case() {
        assert!(is_given_name("Barack") && is_given_name("michelle"));
        assert!(!is_given_name("Team") && !is_given_name("Mexico") && !is_given_name("Deepwater"));
    }
}
