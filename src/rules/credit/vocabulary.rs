//! The vocabulary credits are made of: agencies and picture desks (with the [`Desk`] each
//! is), the words a credit adds to them, publications and outlets, and the labels that
//! introduce a credit or a caption. Tables only: the code that reads a credit with them is in
//! [`super::lines`] and [`super::tails`], compiled once in [`super::compiled`].

/// What kind of desk an agency is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Desk {
    /// A news agency that files stories as well as photos: its name alone may sign a story
    /// off ("… said on Tuesday." then "Reuters").
    Wire,
    /// A picture agency or photo service: its name is only ever a photo's credit.
    Picture,
}

/// An agency or picture desk, as credits name it.
pub struct Agency {
    /// Its name as written (also matched in capitals).
    pub name: &'static str,
    /// What kind of desk it is.
    pub desk: Desk,
}

const fn wire(name: &'static str) -> Agency {
    Agency {
        name,
        desk: Desk::Wire,
    }
}

const fn pic(name: &'static str) -> Agency {
    Agency {
        name,
        desk: Desk::Picture,
    }
}

/// Agencies and picture desks, as credits write them. Matched as a whole segment of a credit
/// (`Jane Doe/AFP`, `Reuters | Getty Images`), as written or in capitals (`REUTERS`).
#[rustfmt::skip]
pub static AGENCIES: &[Agency] = &[
    // wires: they also sign stories
    wire("Reuters"), wire("AP"), wire("Associated Press"), wire("The Associated Press"),
    wire("AFP"), wire("Agence France-Presse"), wire("Bloomberg"), wire("Xinhua"),
    wire("Xinhua News Agency"), wire("ANI"), wire("PTI"), wire("IANS"), wire("UNI"), wire("dpa"),
    wire("DPA"), wire("ANSA"), wire("EFE"), wire("Agencia EFE"), wire("Kyodo"),
    wire("Kyodo News"), wire("Jiji Press"), wire("Jiji"), wire("Yonhap"), wire("Anadolu"),
    wire("Anadolu Agency"), wire("PA"), wire("PA Media"), wire("Press Association"),
    wire("AAP"), wire("Canadian Press"), wire("The Canadian Press"), wire("CP"), wire("Belga"),
    wire("TASS"), wire("Sputnik"), wire("RIA Novosti"), wire("UPI"), wire("Bernama"),
    wire("Antara"), wire("Europa Press"), wire("NTB"), wire("ANP"), wire("APA"), wire("CTK"),
    wire("PAP"), wire("MTI"), wire("WAFA"), wire("IRNA"), wire("SANA"), wire("Agencies"),
    wire("ТАСС"), wire("РИА Новости"), wire("新华社"), wire("共同通信"), wire("時事通信"),
    wire("연합뉴스"),
    // national wires outside Europe and North America
    wire("SPA"), wire("Saudi Press Agency"), wire("WAM"), wire("QNA"), wire("KUNA"), wire("MENA"),
    wire("KCNA"), wire("Korean Central News Agency"), wire("VNA"), wire("PNA"), wire("Lusa"),
    wire("Agência Brasil"), wire("Télam"), wire("Keystone-SDA"), wire("SDA"), wire("ATS"),
    wire("Ritzau"), wire("TT"), wire("STT"), wire("BTA"), wire("Ukrinform"), wire("Interfax"),
    wire("China News Service"), wire("AA"),
    // Italian and Spanish desks write a wire's initials as a word: "(Ansa)", "(Afp)", "(Epa)"
    wire("Ansa"), wire("Afp"), wire("Ap"),
    // picture desks: only ever a photo's credit
    pic("Getty Images"), pic("Getty"), pic("EPA"), pic("EPA-EFE"), pic("Shutterstock"),
    pic("REX"), pic("Rex Features"), pic("Alamy"), pic("Alamy Stock Photo"),
    pic("NurPhoto"), pic("SOPA Images"), pic("LightRocket"), pic("ZUMA"), pic("ZUMA Press"),
    pic("ZUMA Wire"), pic("Zuma Press"), pic("Sipa"), pic("SIPA"), pic("Sipa USA"),
    pic("PA Wire"), pic("PA Images"), pic("AAP Image"), pic("Keystone"), pic("Imago"),
    pic("IMAGO"), pic("imago images"), pic("picture alliance"), pic("picture-alliance"),
    pic("Abaca"), pic("ABACA"), pic("Abaca Press"), pic("WireImage"), pic("FilmMagic"),
    pic("iStock"), pic("iStockphoto"), pic("Unsplash"), pic("Pexels"), pic("Wikimedia Commons"),
    pic("Redux"), pic("Polaris"), pic("Magnum Photos"), pic("Corbis"), pic("Hans Lucas"),
    pic("Ritzau Scanpix"), pic("Scanpix"), pic("Lehtikuva"), pic("Agencia Brasil"),
    pic("Anadolu Images"), pic("Middle East Images"), pic("Pacific Press"), pic("Avalon"),
    pic("Splash News"), pic("Backgrid"), pic("BACKGRID"), pic("Reuters Pictures"),
    // photo-sharing and stock sites credited as a source
    pic("Flickr"), pic("Pixabay"), pic("Wikimedia"), pic("Dreamstime"), pic("Depositphotos"),
    pic("Adobe Stock"), pic("Freepik"),
    // national picture agencies and photo services
    pic("Epa"), pic("LaPresse"), pic("Flash90"), pic("Folhapress"), pic("Hollandse Hoogte"),
    pic("IC"), pic("VCG"), pic("Visual China Group"), pic("Imaginechina"), pic("Yomiuri"),
    pic("Aflo"), pic("Kyodo News Images"), pic("TT Nyhetsbyrån"), pic("NTB Scanpix"),
    pic("Bildbyrån"), pic("Belga Image"), pic("Photonews"), pic("Panoramic"), pic("MAXPPP"),
    pic("Gamma-Rapho"), pic("Contrasto"), pic("Ropi"),
];

/// Words a credit adds to an agency or stands alone with: `AP Photo`, `Reuters/File`,
/// `Pool via Reuters`, `(Handout)`. A segment of these alone says "photo" but names no one.
#[rustfmt::skip]
pub static DESK_WORDS: &[&str] = &[
    "Photo", "Photos", "PHOTO", "Pool", "POOL", "Pool Photo", "File", "FILE", "File Photo",
    "Handout", "HANDOUT", "Supplied", "Staff", "STF", "Archive", "Archives", "Stock",
    "Photographer", "Image", "Images", "Pictures", "Pic", "Representational", "Representative",
    "Files", "files", "file", "File Photos", "Uncredited",
    // "handout" and "archive" in other languages: `Divulgação/Petrobras`, `Archivo/EFE`
    "Divulgação", "Divulgacao", "Divulgación", "Reprodução", "Archivo", "Archiv", "Archivio",
    "Arquivo",
];

/// Words that end a publication's name (`The Coastal Herald`, `Hindustan Times`), for
/// credits that name one: `Jane Doe for The X`, `Jane Doe/The X`.
#[rustfmt::skip]
pub static PUBLICATION_WORDS: &[&str] = &[
    "Times", "Post", "Herald", "Journal", "News", "Tribune", "Guardian", "Telegraph", "Observer",
    "Globe", "Mail", "Chronicle", "Gazette", "Star", "Express", "Independent", "Review",
    "Magazine", "Daily", "Weekly", "Press", "Courier", "Standard", "Record", "Sun", "Mirror",
    "Examiner", "Inquirer", "Bulletin", "Reporter", "Sentinel", "Dispatch", "Monitor",
    "Register", "Leader", "Advertiser", "Mercury", "Age", "Statesman", "Nation", "Hindu", "Today",
    "Pictures", "Photography", "Photos", "Studio", "Studios", "Media", "Network", "Radio", "TV",
    "Television", "Zeitung", "Spiegel", "Monde", "País", "Figaro", "Corriere", "Stampa",
    "Libération", "Post-Dispatch", "Enquirer", "Citizen", "Argus", "Echo", "Voice", "Week",
    "Economist", "Atlantic", "Insider", "Wire",
];

/// Outlets credited by their short name (`Jane Doe/NPR`, `(Jane Doe/CBC)`).
#[rustfmt::skip]
pub static OUTLETS: &[&str] = &[
    "NPR", "CNN", "BBC", "NYT", "CBC", "Radio-Canada", "ABC", "ABC News", "NBC", "CBS", "Fox News",
    "Sky News", "Al Jazeera", "DW", "France 24", "Politico", "POLITICO", "Axios", "ProPublica",
    "Vox", "Wired", "WIRED", "SCMP", "HT", "TOI", "NDTV", "Mint", "The Hindu", "CNBC", "MSNBC",
    "PBS", "RFI", "RTÉ", "RTE", "SBS", "Stuff", "Le Monde", "El País", "Der Spiegel", "Bild",
    "Express", "Kyiv Independent", "Euronews", "USA TODAY", "USA Today", "USA TODAY Network",
    "USA TODAY NETWORK", "The Globe and Mail", "THE GLOBE AND MAIL", "China Daily",
    "chinadaily.com.cn", "Mainichi", "Asahi", "Yomiuri Shimbun", "Le Figaro", "Folha",
    "de Volkskrant", "Volkskrant", "Corriere", "Infobae", "Clarín", "La Nación",
];

/// Vocabulary that makes a bracketed tail a credit rather than an aside, besides the
/// agencies and outlets above: `(Representational image)`, `(Twitter)`, `(Supplied)`. Matched
/// as whole words, case-sensitively, so that "(ap)" or "(pti)" in running text is no credit.
#[rustfmt::skip]
pub static CREDIT_WORDS: &[&str] = &[
    "Photo", "Photos", "photo", "Photograph", "photograph", "Pic", "Picture", "Image", "image",
    "Images", "File", "file", "Handout", "handout", "Courtesy", "courtesy", "Pool", "via",
    "Credit", "Illustration", "Screengrab", "Screenshot", "screengrab", "Video grab",
    "Representational", "Representative", "Sourced", "Supplied", "Twitter", "Instagram",
    "Facebook", "X/", "Express", "Mint", "Foto", "Bild", "Imagen", "Фото", "Uncredited",
    "PHOTO", "PHOTOS", "FILE", "Files", "files",
];

/// Labels that introduce a credit with a colon (`Photo: X`, `Foto: X`, `写真：X`, `Photo : X`)
/// or dots (`Credit...X`). Matched whatever their case.
#[rustfmt::skip]
pub static CREDIT_LABELS: &[&str] = &[
    "Photo credit", "Photo credits", "Photo courtesy", "File photo", "Image credit", "Image credits",
    "Image source", "Image copyright", "Picture credit", "Photograph", "Photographs", "Photo",
    "Photos", "Picture", "Pictures", "Pic", "Pics", "Image", "Images", "Credit", "Credits",
    "Illustration", "Courtesy", "Photographer", "Photographers", "Photographie",
    // other languages
    "Foto", "Fotos", "Bild", "Bilder", "Imagen", "Imágenes", "Fotografía", "Fotografia",
    "Crédito", "Créditos", "Crédit photo", "Crédits photo", "Crédit", "Crédits", "Fotocredit",
    "Bildquelle", "Фото", "Фотография", "Снимок", "写真", "照片", "图片", "圖片", "사진",
];

/// Labels that introduce a credit with a word: `Photo by X`, `Courtesy of X`.
#[rustfmt::skip]
pub static CREDIT_LABELS_BY: &[&str] = &[
    "Photo by", "Photos by", "Photograph by", "Photographs by", "Picture by", "Pictures by",
    "Image by", "Illustration by", "Photo illustration by", "Video by", "Photo courtesy of",
    "Photos courtesy of", "Image courtesy of", "Picture courtesy of", "Foto von", "Foto de",
    "Fotografía de", "Photo de", "Photo and caption by", "Photos and caption by",
    "Photo and text by", "Photos and text by", "Text and photos by", "Words and pictures by",
    "Foto di", "Foto por", "Fotos de", "Foto van", "Foto's van", "Fot.", "Zdjęcie",
];

/// Labels that stand before a credit with only a space (`Beeld ANP / Jane Doe`, Dutch; `Foto
/// LaPresse`, Italian): what follows must be a credit by its own syntax, since the same word
/// also opens a sentence or a heading. Matched as written or in capitals.
#[rustfmt::skip]
pub static CREDIT_LABELS_BARE: &[&str] = &[
    "Beeld", "Foto", "Fotos", "Photo", "Photos", "Bild", "Kuva", "Kuvat", "Fotografía", "Zdjęcie",
];

/// The one label that is kept in the credit: "Courtesy of the Ortmann family" is what the
/// credit says (a photo given, not taken).
pub static COURTESY: &str = "Courtesy of";

/// Labels that open a caption's text (the credit, if any, came on the line before).
#[rustfmt::skip]
pub static CAPTION_LABELS: &[&str] = &[
    "Image caption", "Caption", "Photo caption", "Picture caption",
];
