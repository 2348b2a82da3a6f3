/**
 * Word and name lists for the synthetic archive (bench/corpus.ts). Everything
 * here is invented or generic; no external text. Lists are space-separated
 * strings (or `|`-separated where items contain spaces) split once at load.
 */

const words = (list: string): readonly string[] => list.trim().split(/\s+/);
const items = (list: string): readonly string[] => list.split("|").map((s) => s.trim()).filter((s) => s !== "");

// People: plain Latin, accented Latin, Cyrillic (gendered family names) and Hangul.

export const LATIN_GIVEN = words(`
  Anna Adam Alice Alan Amelia Andrew Ben Beth Carl Clara Daniel Diana David Edith Emma Eric Erin Felix Fiona Frank
  George Grace Hannah Harry Helen Henry Ian Irene Jack Jane James Julia Karen Kevin Laura Leo Lily Lucy Mark Maria
  Martin Mary Max Mia Nathan Nina Noah Olivia Oscar Paul Peter Rachel Robert Rose Ruth Sam Sarah Simon Sophie Stella
  Thomas Tina Victor Vera Walter Wendy William Yusuf Zara Ahmed Amir Fatima Layla Omar Priya Rahul Ravi Sanjay Mei
  Wei Hiroshi Kenji Yuki Ada Hugo Ingrid Lars Nils Astrid Erik Greta Bruno Marco Luca Giulia Elena Pablo Carmen Diego
`);

export const LATIN_FAMILY = words(`
  Smith Jones Taylor Brown Williams Wilson Johnson Davies Robinson Wright Thompson Evans Walker White Roberts Green
  Hall Wood Jackson Clarke Patel Khan Lewis James Hughes Edwards Turner Hill Moore Cooper Ward Morris King Baker
  Harrison Morgan Allen Mitchell Campbell Kelly Scott Young Anderson Martin Bell Murray Stewart Watson Shaw Hunter
  Kerr Fraser Reid Grant Ross Gordon Hamilton Graham Hart Mason Palmer Fisher Carter Barker Dixon Ellis Lloyd Webb
  Holmes Mills Rogers Stevens Bailey Fox Marsh Lane Holt Lamb Nash Page Reeves Sharp Stone Vaughan Weaver Bishop
  Novak Horvat Kowalski Nowak Jansen Bakker Visser Peeters Schmidt Fischer Weber Meyer Wagner Becker Hoffmann Keller
  Rossi Russo Ferrari Esposito Romano Colombo Ricci Marino Garcia Martinez Lopez Sanchez Perez Gomez Fernandez Silva
  Santos Costa Pereira Oliveira Tanaka Suzuki Sato Ito Nakamura Chen Wang Li Zhang Liu Nguyen Tran Singh Sharma Gupta
  O'Brien O'Neill D'Angelo McCarthy MacLeod
`);

export const ACCENTED_GIVEN = words(`
  José Zoë Søren Renée Chloé Anaïs Mónica Raúl Íñigo Inés Andrés Ángel Sebastián Joaquín Martín Begoña Léa Hélène
  Émile Agnès Jérôme Françoise Loïc Noël Björn Jürgen Jörg Günter Käthe Åsa Åke Märta Göran Øystein Bjørn Ásgeir Þóra
  Łukasz Paweł Małgorzata Wojciech Zoltán Ágnes Dóra Tomáš Jiří Kateřina Radek Dušan Miloš Ştefan Răzvan João Conceição
`);

export const ACCENTED_FAMILY = words(`
  Núñez Brontë Ødegaard Muñoz Peña Ibáñez Gómez Fernández Martínez Rodríguez Sánchez Pérez Gutiérrez Jiménez Álvarez
  Díaz Hernández López Castaño Beltrán Lefèvre Müller Schröder Köhler Krüger Bäcker Günther Jäger Schäfer Wöhler
  Åberg Ångström Lindqvist Sjöberg Björklund Nørgaard Østergaard Sørensen Jørgensen Guðmundsson Þórsdóttir Wałęsa
  Wiśniewski Wójcik Kamiński Lewandowski Dąbrowski Szabó Kovács Tóth Nagyváradi Dvořák Novotný Svoboda Černý Procházka
  Kučera Veselý Horák Němec Pokorný Marušić Jovanović Popović Petrović Đorđević Ilić Çelik Yılmaz Öztürk Şahin Gonçalves
`);

export const CYRILLIC_MALE_GIVEN = words(`
  Александр Алексей Андрей Антон Артём Борис Вадим Валерий Василий Виктор Владимир Геннадий Григорий Денис Дмитрий
  Евгений Егор Иван Игорь Илья Кирилл Константин Леонид Максим Михаил Никита Николай Олег Павел Роман Сергей Степан Юрий
`);

export const CYRILLIC_FEMALE_GIVEN = words(`
  Анна Алина Алла Валентина Валерия Вера Виктория Галина Дарья Евгения Екатерина Елена Елизавета Ирина Карина Ксения
  Лариса Людмила Марина Мария Надежда Наталья Нина Оксана Ольга Полина Светлана София Татьяна Юлия Яна
`);

/** Family names in the male form; the female form is derived (Петров -> Петрова, -ский -> -ская). */
export const CYRILLIC_FAMILY = words(`
  Петров Иванов Смирнов Кузнецов Попов Васильев Соколов Михайлов Новиков Фёдоров Морозов Волков Алексеев Лебедев
  Семёнов Егоров Павлов Козлов Степанов Николаев Орлов Андреев Макаров Никитин Захаров Зайцев Соловьёв Борисов
  Яковлев Григорьев Романов Воробьёв Сергеев Кузьмин Фролов Александров Дмитриев Королёв Гусев Киселёв Ильин
  Максимов Поляков Сорокин Виноградов Ковалёв Белов Медведев Антонов Тарасов Жуков Баранов Филиппов Комаров
  Давыдов Беляев Герасимов Богданов Осипов Сидоров Матвеев Титов Марков Миронов Крылов Куликов Карпов Власов
  Мельников Денисов Гаврилов Тихонов Казаков Афанасьев Данилов Савельев Тимофеев Фомин Чернов Абрамов Мартынов
  Ефимов Федотов Щербаков Назаров Калинин Исаев Чернышёв Быков Маслов Родионов Коновалов Лазарев Воронин Климов
  Филатов Пономарёв Голубев Кудрявцев Прохоров Наумов Потапов Журавлёв Овчинников Трофимов Леонов Соболев Ермаков
  Колесников Гончаров Емельянов Никифоров Грачёв Котов Гришин Ефремов Архипов Громов Кириллов Малышев Панов
  Моисеев Румянцев Акимов Кондратьев Бирюков Горбунов Анисимов Ерёмин Тихомиров Галкин Лукьянов Михеев Скворцов
  Юдин Белоусов Нестеров Симонов Прокофьев Харитонов Князев Цветков Левин Митрофанов Воронов Аксёнов Софронов
  Мальцев Логинов Горшков Савин Краснов Майоров Демидов Елисеев Рыбаков Сафонов Плотников Демин Хохлов Жданов
  Островский Вишневский Шевчук Бондаренко Ковальчук Кравченко Литвиненко Мельник Ткаченко Савченко
`);

export const HANGUL_FAMILY = words(`김 이 박 최 정 강 조 윤 장 임 한 오 서 신 권 황 안 송 류 전 홍 고 문 양 손 배 백 허 남 심`);

export const HANGUL_GIVEN = words(`
  민준 서연 지훈 서준 하은 도윤 지우 예준 수아 시우 하린 주원 지아 지호 서윤 준서 하윤 건우 민서 현우 채원 우진 지민
  선우 다은 연우 수빈 유준 예은 정우 지윤 승우 소율 준우 윤서 지환 예린 승현 유나 현준 서현 민재 가은 은우 나은
  재윤 하준 수민 동현 시은 태윤 민지 성민 예나 재원 소연 진우 혜진 상훈 은지 영호 미경 정훈 수진 동욱 현정
  성호 지영 병철 은정 재현 유진 태희 보람 성진 민호 경민 혜원 주희
`);

export const MIDDLE_INITIALS = words(`A B C D E F G H J K L M N P R S T V W`);

// Organisations: "<Qualifier> <Field> <Kind>" and "<Kind> for <Field>".

export const ORG_QUALIFIERS = words(`
  National International European Nordic Baltic Atlantic Pacific Central Eastern Western Northern Southern United
  Federal Royal Independent Global Regional Continental Coastal Metropolitan Alpine Arctic Danube Caspian Andean
  Sahel Mekong Iberian Balkan Carpathian Levant Caribbean Adriatic Highland Riverside Harbour Meridian Northgate
`);

export const ORG_FIELDS = items(`
  Energy|Shipping|Grain|Health|Water|Rail|Aviation|Mining|Steel|Fisheries|Trade|Labour|Housing|Transport|Defence|
  Security|Climate|Forestry|Textile|Telecom|Broadcasting|Insurance|Savings|Credit|Pharmaceutical|Refugee|Veterans|
  Farmers|Teachers|Nurses|Dockworkers|Miners|Pilots|Engineers|Lawyers|Journalists|Statistics|Census|Election|Border|
  Customs|Space|Ocean|Seismic|Heritage|Museum|Wildlife|Nuclear|Solar|Hydrogen|Battery|Semiconductor|Software|Data
`);

export const ORG_KINDS = items(`
  Agency|Council|Institute|Authority|Commission|Federation|Union|Association|Foundation|Bank|Group|Corporation|
  Holdings|Alliance|Board|Ministry|Observatory|Trust|Network|Society|Centre|Forum|Consortium|Company|Office
`);

// Topics and places.

export const TOPIC_SUBJECTS = items(`
  Energy|Climate|Elections|Migration|Trade|Inflation|Housing|Health care|Education|Defence|Diplomacy|Agriculture|
  Food security|Water|Transport|Aviation|Shipping|Technology|Artificial intelligence|Cybersecurity|Privacy|Media|
  Press freedom|Human rights|Corruption|Courts|Policing|Prisons|Labour|Strikes|Pensions|Taxation|Public debt|
  Banking|Currency|Sanctions|Oil|Gas|Nuclear power|Renewables|Mining|Fisheries|Forestry|Wildlife|Tourism|Sport|
  Culture|Heritage|Religion|Science|Space|Pandemics|Vaccines|Refugees|Border control|Espionage|Terrorism|Arms control|
  Peace talks|Ceasefires|Reconstruction|Humanitarian aid|Disasters|Floods|Wildfires|Earthquakes|Drought|Urban planning|
  Local government|Parliament|Constitution|Referendums|Protests|Censorship|Disinformation|Telecoms|Semiconductors|
  Supply chains|Ports|Railways|Roads|Manufacturing|Retail|Startups|Markets|Central banks|Welfare|Childcare|Ageing
`);

export const TOPIC_ASPECTS = items(`
  policy|reform|prices|security|funding|regulation|investment|crisis|research|exports|imports|spending|law|
  transition|infrastructure|workforce|safety|inquiry|subsidies|targets
`);

export const PLACE_NAMES = items(`
  London|Paris|Berlin|Madrid|Rome|Lisbon|Dublin|Brussels|Amsterdam|Vienna|Prague|Warsaw|Budapest|Bucharest|Sofia|
  Athens|Helsinki|Oslo|Stockholm|Copenhagen|Reykjavík|Tallinn|Riga|Vilnius|Kraków|Gdańsk|Łódź|Zürich|Genève|Malmö|
  Göteborg|Tromsø|Ærøskøbing|São Paulo|Brasília|Bogotá|Medellín|Asunción|Mérida|Córdoba|Cádiz|Málaga|Besançon|
  Orléans|Nîmes|Düsseldorf|Köln|Nürnberg|Münster|İstanbul|İzmir|Antalya|Kyiv|Odesa|Kharkiv|Tbilisi|Yerevan|Baku|
  Almaty|Tashkent|Москва|Санкт-Петербург|Новосибирск|Екатеринбург|Казань|Владивосток|서울|부산|인천|대구|광주|
  Pyongyang|Tokyo|Osaka|Beijing|Shanghai|Hong Kong|Taipei|Manila|Jakarta|Hanoi|Bangkok|Delhi|Mumbai|Dhaka|Karachi|
  Kabul|Tehran|Baghdad|Damascus|Beirut|Amman|Cairo|Tunis|Algiers|Rabat|Lagos|Accra|Nairobi|Addis Ababa|Kinshasa|
  Johannesburg|Cape Town|Harare|Lusaka|Luanda|Ottawa|Montréal|Québec|Toronto|Washington|New York|Chicago|Houston|
  Mexico City|Havana|Lima|Santiago|Buenos Aires|Montevideo|Caracas|Quito|Sydney|Melbourne|Auckland|Wellington|
  France|Germany|Spain|Italy|Poland|Ukraine|Russia|Türkiye|Georgia|Armenia|Brazil|Argentina|Chile|Peru|Colombia|
  Nigeria|Kenya|Egypt|Ethiopia|South Africa|India|Pakistan|China|Japan|South Korea|North Korea|Indonesia|Vietnam|
  Australia|Canada|Mexico|United States|United Kingdom|Iceland|Norway|Sweden|Finland|Denmark|Estonia|Latvia|Lithuania
`);

/** Syllables for invented towns once the real names run out. */
export const PLACE_STARTS = words(`Alder Bram Cal Dun Ell Fen Gal Hart Ilk Kes Lor Mar Nor Ost Pen Quar Ros Sel Tor Ulm Ven Wes Yar Zel`);
export const PLACE_ENDS = words(`bury mouth ford haven wick stead ton mere dale field gate port holm berg vik stad`);
export const PLACE_FORMS = items(`{}|Port {}|{} Province|{} Valley|North {}|{} Bay|Lake {}|Upper {}`);

export const OUTLETS = items(`
  The Morning Ledger|BritPanorama|Northern Courier|Harbour Gazette|The Evening Dispatch|Capital Wire|Le Veilleur|
  Der Tagesbote|El Observador Austral|Baltic Wire|The Continental Review|Meridian News|The Daily Compass|
  Atlantic Monitor|Pacific Herald|The Frontier Times|Kestrel Press|The Civic Bulletin|Danube Post|Alpine Chronicle|
  The Weekly Standard-Bearer|Riverside Tribune|Open Sky Radio|Coastline Television|The Quarterly Examiner|
  Île-de-France Matin|Nørrebro Nyt|Gazeta Północna|Diário do Sul|Crónica Andina|Вечерний вестник|Северная правда|
  한빛일보|새벽뉴스|The Lantern|Signal & Noise|Field Notes Weekly|The Record Keeper|Polar Observer|Highland Voice|
  The Tidewater Journal|Metro Briefing
`);

export const STAFF = items(`
  Alex Morgan|Priya Nair|Tomasz Zieliński|Claire Dubois|Sam Okafor|Hannah Lindgren|Miguel Ortega|Yuna Park|
  Dmitri Volkov|Fatou Diallo|Ruth Abernethy|Kenji Watanabe|Amara Obi|Lukas Brandt|Sofia Marchetti|Joe Fairweather|
  Aisling Byrne|Mateus Rocha|Ines Costa|Oren Levy|Leila Haddad|Nikolai Berg|Grace Mwangi|Paul Ferreira
`);

// Words for titles and bodies.

export const NOUNS = words(`
  government minister ministry council parliament committee court judge report plan budget deal agreement treaty
  talks summit election vote campaign party coalition opposition leader official officials spokesperson agency
  company market markets price prices rate rates economy growth inflation debt bank banks tax taxes wage wages
  worker workers union strike protest police army troops soldiers border refugees migrants region city capital
  village province port harbour coast river bridge road railway airport station factory plant mine field farm farmers
  harvest grain wheat fuel oil gas power electricity grid water drought flood fire storm season crisis inquiry
  investigation evidence witness statement decision ruling law bill reform policy rules sanctions exports imports
  shipments supplies aid donors charity hospital doctors nurses patients school schools teachers students university
  research scientists study data figures survey poll voters residents families households community network system
  project programme contract investment funding spending deficit surplus shares investors industry sector technology
  software platform service services security defence alliance partners neighbours diplomats embassy envoy mission
  ceasefire offensive attack attacks drone drones missile missiles convoy corridor negotiators proposal response
  warning concerns questions critics supporters analysts observers experts record history archive museum festival
`);

export const ADJECTIVES = words(`
  new local national regional foreign public private economic political military financial legal social rural urban
  northern southern eastern western central coastal senior former current major minor key early late recent annual
  monthly weekly fresh further wider broader sharp steep slow rapid strong weak high low rising falling growing
  limited temporary permanent unexpected long-awaited controversial independent official joint emergency
  humanitarian industrial digital environmental cross-border international domestic parliamentary provisional
`);

export const VERBS = words(`
  said warned announced confirmed denied rejected approved blocked delayed postponed promised proposed signed
  launched opened closed raised cut increased reduced expanded suspended resumed extended cancelled reviewed
  questioned criticised welcomed defended backed opposed urged demanded called reported recorded estimated expected
  published released revealed disclosed investigated examined discussed debated considered agreed reached
`);

export const HEADLINE_VERBS = words(`
  warns announces rejects approves blocks delays backs opposes urges unveils defends criticises signs suspends
  resumes extends cancels reviews questions welcomes expands cuts raises reveals confirms denies seeks faces
`);

export const PREPOSITIONS = words(`in on over after before during across against amid despite for from near under with without`);
export const CONNECTORS = items(`and|but|while|although|as|because|after|before|since|even as`);
export const DETERMINERS = words(`the the the a its their this that several many some two three`);

export const FIGURE_LABELS: readonly { label: string; units: readonly (string | undefined)[] }[] = [
  { label: "annual inflation", units: ["%"] },
  { label: "unemployment rate", units: ["%"] },
  { label: "turnout", units: ["%"] },
  { label: "rise in food prices", units: ["%"] },
  { label: "aid pledged by donors", units: ["USD", "EUR"] },
  { label: "cost of reconstruction", units: ["USD", "EUR"] },
  { label: "budget shortfall", units: ["EUR", "USD"] },
  { label: "soldiers deployed", units: ["soldiers", undefined] },
  { label: "soldiers killed or wounded", units: ["soldiers", undefined] },
  { label: "people displaced", units: ["people", undefined] },
  { label: "people evacuated", units: ["people", undefined] },
  { label: "households without power", units: [undefined] },
  { label: "grain exported", units: ["tonnes"] },
  { label: "steel produced", units: ["tonnes"] },
  { label: "ships inspected", units: [undefined] },
  { label: "votes cast", units: [undefined, "people"] },
];

export const FIGURE_QUALIFIERS = ["about", "at least", "more than", "up to", "fewer than"] as const;

export const ATTRIBUTIONS = items(`official figures|government estimates|the statistics office|local authorities|independent monitors|a leaked report|aid agencies`);

export const ROLES = items(`
  spokesperson|minister of finance|foreign minister|defence minister|chief economist|senior analyst|mayor|
  director general|chair of the board|union leader|opposition leader|head of research|press officer|
  senior consulting fellow|regional governor|ambassador|professor of economics|chief executive
`);

export const CONTEXTS = items(`
  speaking to reporters|in a statement|at a press conference|in a radio interview|in a televised address|
  at a parliamentary hearing|in a post on social media|at a briefing for diplomats|at the annual conference
`);

export const DESCRIPTIONS = {
  people: items(`Politician|Economist|Diplomat|Military officer|Trade unionist|Business executive|Researcher|Journalist|Lawyer|Civil servant`),
  organisations: items(`Public body|Trade association|Research institute|Company|Non-profit organisation|Regulator|International organisation`),
  topics: items(`Coverage of|Reporting on|Articles about`),
  places: items(`City|Region|Country|Port town|Province`),
  sources: items(`Daily newspaper|News agency|Broadcaster|Weekly magazine|Online outlet`),
} as const;
