/**
 * The word lists the name normalisation uses. All entries are lower-case
 * ASCII, as produced by `asciiTokens` (accents stripped, transliterated,
 * punctuation removed, hyphens split).
 */

const words = (list: string): ReadonlySet<string> => new Set(list.trim().split(/\s+/));

/** Legal forms of companies, dropped from the end (and the Russian ones from the start) of organisation and source names. */
export const LEGAL_FORMS = words(`
  inc incorporated ltd limited plc pjsc jsc ojsc cjsc pao oao zao ooo ao ag sa sas sarl spa srl nv bv gmbh kg kgaa
  se corp corporation co company llc llp lp group holding holdings pty pte bhd sdn ab asa oyj kk tbk ltda
`);

/** Legal forms that Russian and other names put first: «ПАО Газпром». */
export const LEADING_LEGAL_FORMS = words(`pao oao zao ooo ao pjsc ojsc jsc`);

/** Generational suffixes: "Donald Trump Jr." is not "Donald Trump". */
export const GENERATIONAL = words(`jr sr ii iii iv v`);

/**
 * Small words inside names: never a surname on their own, and skipped when
 * initials are formed (United States of America -> USA).
 */
export const PARTICLES = words(`
  of the and for de des du da das do dos la le el al von van der den ter bin ibn bint abu di del della y e et on in at to
`);

/** Titles in front of a person's name ("President Macron", "Sir Keir Starmer"): not part of the name. */
export const TITLES: readonly (readonly string[])[] = [
  ...[
    "mr mrs ms miss mx dr prof professor sir dame lord baroness baron president vice-president premier chancellor",
    "senator sen rep representative congressman congresswoman governor gov mayor general gen admiral adm colonel col",
    "lieutenant lt captain capt sergeant sgt minister secretary ambassador judge justice rev reverend rabbi ayatollah",
  ]
    .join(" ")
    .split(" ")
    .map((t) => t.split("-")),
  ["prime", "minister"],
  ["foreign", "minister"],
  ["defence", "minister"],
  ["defense", "minister"],
  ["crown", "prince"],
];

/**
 * Short given names and their full form (Bill Clinton = William Clinton).
 * Spelling variants of one name (Steven, Catherine) map to one form too.
 */
export const NICKNAMES: ReadonlyMap<string, string> = new Map(
  Object.entries({
    william: "bill billy will willy liam",
    robert: "bob bobby rob robbie bert",
    michael: "mike mick mickey",
    james: "jim jimmy jamie",
    joseph: "joe joey",
    thomas: "tom tommy",
    richard: "dick rick ricky rich",
    anthony: "tony antony",
    edward: "ted teddy ed eddie ned",
    christopher: "chris",
    daniel: "dan danny",
    david: "dave davey",
    stephen: "steve steven stevie",
    benjamin: "ben benji",
    samuel: "sam sammy",
    alexander: "alex sasha alexandr aleksandr",
    nicholas: "nick nicky nicolas",
    peter: "pete",
    andrew: "andy drew",
    matthew: "matt",
    elizabeth: "liz lizzie beth betty",
    katherine: "kate katie kathy cathy catherine kathryn",
    margaret: "maggie meg peggy",
    lawrence: "larry laurence",
    gerald: "jerry gerry",
    ronald: "ron ronnie",
    donald: "don donnie",
    gregory: "greg",
    jeffrey: "jeff geoffrey",
    kenneth: "ken kenny",
    timothy: "tim timmy",
    patrick: "pat paddy",
    susan: "sue susie",
    jennifer: "jen jenny",
    rebecca: "becky",
    deborah: "debbie deb",
    victoria: "vicky",
    mikhail: "misha",
    dmitri: "dima",
    vladimir: "volodya",
    yekaterina: "katya ekaterina",
  }).flatMap(([full, short]) => short.split(" ").map((s): [string, string] => [s, full])),
);

/**
 * Old and new names, and exonyms, of places (and of organisations named after
 * them: Dynamo Kiev, Peking University): the old form -> the current one.
 * Multi-word entries are matched on whole tokens.
 */
export const PLACE_NAMES: ReadonlyMap<string, string> = new Map(
  [
    // Ukraine: Russian-based -> Ukrainian-based romanisation
    "kiev=kyiv|kiyiv=kyiv|kharkov=kharkiv|odessa=odesa|lvov=lviv|lwow=lviv|lemberg=lviv|nikolaev=mykolaiv|nikolayev=mykolaiv",
    "zaporozhye=zaporizhzhia|zaporozhe=zaporizhzhia|zaporizhia=zaporizhzhia|lugansk=luhansk|chernobyl=chornobyl|rovno=rivne",
    "vinnitsa=vinnytsia|dnepropetrovsk=dnipro|dnepr=dnipro|dnieper=dnipro|kirovograd=kropyvnytskyi|artemovsk=bakhmut",
    "chernigov=chernihiv|zhitomir=zhytomyr|uzhgorod=uzhhorod|ivano frankovsk=ivano frankivsk|krivoy rog=kryvyi rih",
    // China, Korea
    "peking=beijing|peiping=beijing|nanking=nanjing|tientsin=tianjin|chungking=chongqing|tsingtao=qingdao|amoy=xiamen",
    "pusan=busan|inchon=incheon|kwangju=gwangju|taegu=daegu",
    // South and South-East Asia
    "bombay=mumbai|calcutta=kolkata|madras=chennai|bangalore=bengaluru|poona=pune|benares=varanasi|dacca=dhaka",
    "rangoon=yangon|burma=myanmar|ceylon=sri lanka|saigon=ho chi minh city|siam=thailand",
    // Elsewhere
    "turkiye=turkey|swaziland=eswatini|czechia=czech republic|ivory coast=cote divoire|cabo verde=cape verde",
    "tiflis=tbilisi|alma ata=almaty|nur sultan=astana|ashkhabad=ashgabat|kishinev=chisinau|byelorussia=belarus",
    "belorussia=belarus|kirghizia=kyrgyzstan|kirgizia=kyrgyzstan|moldavia=moldova|east timor=timor leste|holland=netherlands",
  ]
    .join("|")
    .split("|")
    .map((pair): [string, string] => {
      const [from = "", to = ""] = pair.split("=");
      return [from, to];
    }),
);

/** British spellings whose American form is not given by the suffix rules. */
export const BRITISH_WORDS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    defence: "defense",
    offence: "offense",
    licence: "license",
    pretence: "pretense",
    programme: "program",
    programmes: "programs",
    grey: "gray",
    cheque: "check",
    tyre: "tire",
    tyres: "tires",
    aluminium: "aluminum",
    jewellery: "jewelry",
    storey: "story",
    sceptic: "skeptic",
    sceptics: "skeptics",
    sceptical: "skeptical",
    plough: "plow",
    mould: "mold",
    kerb: "curb",
    manoeuvre: "maneuver",
    manoeuvres: "maneuvers",
    enrolment: "enrollment",
    fulfil: "fulfill",
    ageing: "aging",
    judgement: "judgment",
    mediaeval: "medieval",
    whisky: "whiskey",
    pyjamas: "pajamas",
    draught: "draft",
    towards: "toward",
  }),
);

/** Prefixes spelt with ae or oe in British English (paediatric, oestrogen). */
export const BRITISH_DIGRAPH_PREFIXES: readonly [string, string][] = [
  ["paediatr", "pediatr"],
  ["anaesth", "anesth"],
  ["haem", "hem"],
  ["oesoph", "esoph"],
  ["oestr", "estr"],
  ["foet", "fet"],
  ["encyclopaed", "encycloped"],
  ["orthopaed", "orthoped"],
  ["archaeolog", "archeolog"],
  ["leukaem", "leukem"],
  ["diarrhoe", "diarrhe"],
  ["gynaecolog", "gynecolog"],
  ["aetiolog", "etiolog"],
  ["palaeo", "paleo"],
];

/** Words ending in -our that are not British spellings of -or. */
export const OUR_WORDS = words(`four your hour tour flour pour sour devour contour detour amour velour paramour troubadour glamour dour`);

/** Words ending in -ise that keep -ise in American English too. */
export const ISE_WORDS = words(`
  rise arise sunrise wise otherwise likewise clockwise exercise compromise surprise enterprise franchise merchandise
  televise supervise revise devise advise comprise premise expertise promise precise concise noise poise praise raise
  cruise bruise paradise chemise demise disguise excise incise despise treatise anise advertise circumcise improvise
  louise denise elise eloise
`);

/**
 * The world's countries (compact keys: lower-case ASCII without spaces). Two
 * of them are two countries, however alike they look (Iceland, Ireland).
 */
export const COUNTRIES: ReadonlySet<string> = new Set(
  `afghanistan albania algeria andorra angola antiguaandbarbuda argentina armenia australia austria azerbaijan bahamas
  bahrain bangladesh barbados belarus belgium belize benin bhutan bolivia bosniaandherzegovina botswana brazil brunei
  bulgaria burkinafaso burundi caboverde capeverde cambodia cameroon canada centralafricanrepublic chad chile china
  colombia comoros congo republicofthecongo democraticrepublicofthecongo costarica cotedivoire ivorycoast croatia cuba
  cyprus czechia czechrepublic denmark djibouti dominica dominicanrepublic ecuador egypt elsalvador equatorialguinea
  eritrea estonia eswatini ethiopia fiji finland france gabon gambia georgia germany ghana greece grenada guatemala
  guinea guineabissau guyana haiti honduras hungary iceland india indonesia iran iraq ireland israel italy jamaica japan
  jordan kazakhstan kenya kiribati kosovo kuwait kyrgyzstan laos latvia lebanon lesotho liberia libya liechtenstein
  lithuania luxembourg madagascar malawi malaysia maldives mali malta marshallislands mauritania mauritius mexico
  micronesia moldova monaco mongolia montenegro morocco mozambique myanmar namibia nauru nepal netherlands newzealand
  nicaragua niger nigeria northkorea northmacedonia norway oman pakistan palau palestine panama papuanewguinea paraguay
  peru philippines poland portugal qatar romania russia rwanda saintkittsandnevis saintlucia
  saintvincentandthegrenadines samoa sanmarino saotomeandprincipe saudiarabia senegal serbia seychelles sierraleone
  singapore slovakia slovenia solomonislands somalia southafrica southkorea southsudan spain srilanka sudan suriname
  sweden switzerland syria taiwan tajikistan tanzania thailand timorleste togo tonga trinidadandtobago tunisia turkey
  turkmenistan tuvalu uganda ukraine unitedarabemirates unitedkingdom unitedstates uruguay uzbekistan vanuatu
  vaticancity venezuela vietnam yemen zambia zimbabwe`.split(/\s+/),
);
