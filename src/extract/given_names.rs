//! Common given names (data, apart from the rules that use them; 605 names). A given name
//! before a surname tells two bearers of the surname apart: "Barack Obama" and "Michelle
//! Obama" are not one actor, while "President Obama", "Team Obama" or "Mexico BP" qualify
//! nobody. The list is broad (names common in news across many languages), not exhaustive: a
//! name not in it only means the surname alone decides, as before. Lowercase, sorted (a test
//! checks).

/// Common given names, lowercase and sorted.
#[rustfmt::skip]
pub const GIVEN_NAMES: &[&str] = &[
    "aaron", "abdul", "abdullah", "abigail", "abraham", "adaeze", "adam", "adrian", "adriana",
    "agnes", "agustin", "ahmad", "ahmed", "ahmet", "aidan", "aiko", "aisha", "akira", "akua",
    "alan", "albert", "alberto", "alejandro", "aleksandr", "alex", "alexander", "alexandra",
    "alexei", "alexis", "alfred", "ali", "alice", "alicia", "alina", "alison", "alma", "amanda",
    "amani", "amara", "amber", "amelia", "amina", "amir", "amit", "amy", "ana", "anastasia",
    "anders", "andrea", "andreas", "andrei", "andres", "andrew", "andrzej", "angela", "angelo",
    "angus", "anil", "anita", "anjali", "ann", "anna", "anne", "annie", "anthony", "anton",
    "antonio", "antony", "ariel", "arjun", "arnold", "arthur", "arun", "ashley", "asif",
    "astrid", "avi", "ayesha", "ayla", "aziz", "barack", "barbara", "barry", "beatriz", "ben",
    "benjamin", "bernard", "bernie", "beth", "betty", "beverly", "bilal", "bjorn", "bola",
    "boris", "brad", "bradley", "brandon", "brenda", "brendan", "brian", "bruce", "bruno",
    "bryan", "burak", "caleb", "camila", "camilo", "carl", "carla", "carlos", "carmen", "carol",
    "caroline", "carolyn", "catherine", "cecilia", "charles", "charlie", "charlotte", "chen",
    "cheryl", "chidi", "chinedu", "chioma", "chloe", "chris", "christian", "christina",
    "christine", "christopher", "claire", "clara", "claudia", "colin", "connor", "consuelo",
    "craig", "cristina", "cynthia", "daisuke", "dalia", "daniel", "daniela", "danielle",
    "darren", "david", "deborah", "debra", "deepak", "deniz", "dennis", "derek", "diana",
    "diane", "diego", "dimitri", "divya", "dmitri", "dmitry", "dominic", "donald", "donna",
    "doris", "dorothy", "douglas", "duncan", "dylan", "edith", "edward", "eitan", "eleanor",
    "elena", "elif", "elijah", "elizabeth", "ella", "ellen", "emeka", "emily", "emma",
    "emmanuel", "emre", "enrique", "eric", "erik", "erin", "esteban", "esther", "ethan",
    "eugene", "eva", "evelyn", "ezra", "farah", "farhan", "fatima", "felix", "femi", "fernando",
    "fiona", "florencia", "francesca", "francis", "francisco", "frank", "franz", "fred",
    "frederick", "freya", "frida", "fumio", "gabriel", "gabriela", "gareth", "gary", "gavin",
    "george", "gerald", "gerhard", "gideon", "giovanni", "giuseppe", "gloria", "gordon",
    "graham", "greg", "gregory", "greta", "guillermo", "gustavo", "hamza", "hana", "hannah",
    "hans", "harold", "harriet", "harry", "haruto", "hassan", "heather", "heinrich", "helen",
    "helmut", "henrik", "henry", "hilda", "hillary", "hira", "hiroshi", "howard", "hugh",
    "hugo", "hussein", "ian", "ibrahim", "idris", "ignacio", "igor", "imani", "imran", "ines",
    "ingrid", "irene", "isaac", "isabel", "isabella", "ismail", "itai", "ivan", "jabari",
    "jack", "jacob", "jacqueline", "jakub", "james", "jamie", "jan", "jana", "jane", "janet",
    "janice", "jason", "javier", "jean", "jeff", "jeffrey", "jennifer", "jens", "jeremy",
    "jerry", "jessica", "jill", "joan", "joanna", "joaquin", "joe", "joel", "johan", "johann",
    "john", "jonah", "jonathan", "jorge", "jose", "joseph", "josh", "joshua", "juan", "judith",
    "judy", "julia", "julian", "julie", "justin", "kaia", "kamala", "karen", "karim", "karl",
    "katarina", "kate", "katherine", "kathleen", "kathryn", "katie", "kavya", "keanu", "keith",
    "kelly", "kemi", "ken", "kenji", "kenneth", "kenta", "kevin", "khadija", "khalid", "kim",
    "kirsten", "klaus", "kofi", "kwabena", "kwame", "kyle", "lakshmi", "lars", "laura",
    "lauren", "lautaro", "lawrence", "layla", "leah", "leila", "leilani", "lena", "leo", "leon",
    "leonardo", "lerato", "li", "lin", "linda", "lisa", "liu", "lorenzo", "louis", "louise",
    "lucas", "lucia", "luis", "lukas", "luke", "lydia", "lynn", "magnus", "mahmoud", "maja",
    "malia", "manuel", "marco", "marcus", "marek", "margaret", "maria", "mariam", "marie",
    "marina", "mario", "marisa", "marisol", "marta", "martha", "martin", "mary", "maryam",
    "mateo", "matias", "matteo", "matthew", "maurice", "max", "maxim", "meera", "megan",
    "mehmet", "melissa", "micah", "michael", "michel", "michelle", "miguel", "mikhail", "mira",
    "miriam", "mohamed", "mohammad", "mohammed", "moshe", "muhammad", "mustafa", "nabil",
    "nadia", "nancy", "naoki", "naomi", "natalia", "natalie", "nathan", "neha", "neil", "ngozi",
    "nicholas", "nick", "nicola", "nicolas", "nicole", "nikolai", "nils", "nina", "noah",
    "noor", "norman", "nour", "noura", "olaf", "olga", "oliver", "olivia", "oluwaseun", "omar",
    "ondrej", "oren", "oscar", "pablo", "pamela", "paolo", "patricia", "patrick", "paul",
    "paula", "pavel", "pawel", "pedro", "peter", "petra", "philip", "philippe", "pierre",
    "pilar", "piotr", "pooja", "priya", "rachel", "rafael", "rahul", "rajesh", "ralph", "rami",
    "ramon", "randy", "rania", "raul", "ravi", "raymond", "rebecca", "recep", "richard", "rick",
    "rita", "robert", "roberto", "robin", "rocio", "rodrigo", "roger", "rohan", "roland",
    "ronald", "rosa", "ruth", "ryan", "sachiko", "sally", "samantha", "sami", "samira",
    "samuel", "sana", "sandra", "sanjay", "santiago", "sara", "sarah", "satoshi", "scott",
    "sean", "sebastian", "selin", "sergei", "sergey", "shannon", "sharon", "sheila", "shira",
    "shirley", "sigrid", "simon", "sipho", "sofia", "sophia", "sophie", "sota", "stanley",
    "stefan", "stephanie", "stephen", "steve", "steven", "sunil", "sunita", "suresh", "susan",
    "suzanne", "sven", "svetlana", "takeshi", "tamar", "tamara", "tanya", "tariq", "teresa",
    "terry", "thad", "thandiwe", "themba", "theresa", "thomas", "timothy", "tina", "todd",
    "tom", "tomas", "tomasz", "tony", "tunde", "tyler", "ursula", "valentina", "valerie",
    "vanessa", "vera", "veronica", "victor", "vikram", "vincent", "vladimir", "volodymyr",
    "walid", "walter", "wanjiru", "wayne", "wendy", "william", "wolfgang", "xavier", "xi",
    "ximena", "yael", "yasmin", "yosef", "youssef", "yui", "yuki", "yuna", "yuri", "yusuf",
    "yvonne", "zainab", "zara", "zeynep", "zhang", "ziad", "zoe", "zuri",
];

/// Given names of [`GIVEN_NAMES`] borne mostly by women, lowercase and sorted: "she" can
/// stand for their bearers and "he" cannot (see `super::antecedent`). Names common for
/// either sex ("Andrea", "Kelly", "Robin") are left out, so they decide nothing.
#[rustfmt::skip]
pub const FEMININE_GIVEN_NAMES: &[&str] = &[
    "abigail", "adaeze", "adriana", "agnes", "aiko", "aisha", "akua", "alexandra", "alice",
    "alicia", "alina", "alison", "alma", "amanda", "amber", "amelia", "amina", "amy", "ana",
    "anastasia", "angela", "anita", "anjali", "ann", "anna", "anne", "annie", "ashley",
    "astrid", "ayesha", "ayla", "barbara", "beatriz", "beth", "betty", "beverly", "brenda",
    "camila", "carla", "carmen", "carol", "caroline", "carolyn", "catherine", "cecilia",
    "charlotte", "cheryl", "chioma", "chloe", "christina", "christine", "claire", "clara",
    "claudia", "consuelo", "cristina", "cynthia", "dalia", "daniela", "danielle", "deborah",
    "debra", "diana", "diane", "divya", "donna", "doris", "dorothy", "edith", "eleanor",
    "elena", "elif", "elizabeth", "ella", "ellen", "emily", "emma", "erin", "esther", "eva",
    "evelyn", "fatima", "fiona", "florencia", "francesca", "freya", "frida", "gabriela",
    "gloria", "greta", "hana", "hannah", "harriet", "heather", "helen", "hilda", "hillary",
    "hira", "ines", "ingrid", "irene", "isabel", "isabella", "jacqueline", "jana", "jane",
    "janet", "janice", "jennifer", "jessica", "jill", "joan", "joanna", "judith", "judy",
    "julia", "julie", "kamala", "karen", "katarina", "kate", "katherine", "kathleen", "kathryn",
    "katie", "kavya", "kemi", "khadija", "kirsten", "lakshmi", "laura", "lauren", "layla",
    "leah", "leila", "leilani", "lena", "lerato", "linda", "lisa", "louise", "lucia", "lydia",
    "maja", "malia", "margaret", "maria", "mariam", "marie", "marina", "marisa", "marisol",
    "marta", "martha", "mary", "maryam", "meera", "megan", "melissa", "michelle", "miriam",
    "nadia", "nancy", "naomi", "natalia", "natalie", "neha", "ngozi", "nicole", "nina", "noor",
    "nour", "noura", "olga", "olivia", "pamela", "patricia", "paula", "petra", "pilar", "pooja",
    "priya", "rachel", "rania", "rebecca", "rita", "rocio", "rosa", "ruth", "sachiko", "sally",
    "samantha", "samira", "sana", "sandra", "sara", "sarah", "selin", "shannon", "sharon",
    "sheila", "shira", "shirley", "sigrid", "sofia", "sophia", "sophie", "stephanie", "sunita",
    "susan", "suzanne", "svetlana", "tamar", "tamara", "tanya", "teresa", "thandiwe", "theresa",
    "tina", "ursula", "valentina", "valerie", "vanessa", "vera", "veronica", "wanjiru", "wendy",
    "ximena", "yael", "yasmin", "yui", "yuna", "yvonne", "zainab", "zara", "zeynep", "zoe",
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
        // Names common in news beyond English: "Kofi Annan", "Ibrahim Traoré", "Esther Duflo".
        assert!(is_given_name("Kofi") && is_given_name("Ibrahim") && is_given_name("Esther"));
        assert!(!is_given_name("Team") && !is_given_name("Mexico") && !is_given_name("Deepwater"));
    }
}
