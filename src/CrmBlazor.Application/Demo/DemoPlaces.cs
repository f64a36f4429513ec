using System.Globalization;

namespace CrmBlazor.Application.Demo;

/// <summary>A commune (or a foreign city) as the address stores it, with the landline prefix of its area.</summary>
internal sealed record DemoPlace(string PostalCode, string City, string Country, int Weight, int AreaDigit);

/// <summary>
/// Real postcode and commune pairs — Paris, Lyon and Marseille by arrondissement, big towns, small villages — and
/// streets, weighted so that towns come up more often than villages. Cities are written as La Poste routes them.
/// </summary>
internal static class DemoPlaces
{
    // "postcode CITY*weight"; no weight means 1. Grouped by landline area (01 Île-de-France … 05 Sud-Ouest).
    private const string FrenchCommunes = """
        75001 PARIS*2, 75002 PARIS*2, 75003 PARIS*2, 75004 PARIS*2, 75005 PARIS*3, 75006 PARIS*3, 75007 PARIS*3,
        75008 PARIS*2, 75009 PARIS*3, 75010 PARIS*3, 75011 PARIS*4, 75012 PARIS*4, 75013 PARIS*4, 75014 PARIS*4,
        75015 PARIS*6, 75016 PARIS*5, 75017 PARIS*5, 75018 PARIS*5, 75019 PARIS*4, 75020 PARIS*5,
        92100 BOULOGNE-BILLANCOURT*4, 92200 NEUILLY-SUR-SEINE*2, 92300 LEVALLOIS-PERRET*2, 92130 ISSY-LES-MOULINEAUX*2,
        92400 COURBEVOIE*2, 92000 NANTERRE*2, 92500 RUEIL-MALMAISON*2, 92120 MONTROUGE*2, 93100 MONTREUIL*3,
        93200 SAINT-DENIS*3, 93000 BOBIGNY*2, 94300 VINCENNES*2, 94000 CRETEIL*2, 94100 SAINT-MAUR-DES-FOSSES*2,
        94200 IVRY-SUR-SEINE*2, 78000 VERSAILLES*3, 78100 SAINT-GERMAIN-EN-LAYE*2, 91300 MASSY*2, 91000 EVRY-COURCOURONNES*2,
        95000 CERGY*2, 95100 ARGENTEUIL*2, 77000 MELUN*2, 77300 FONTAINEBLEAU, 77100 MEAUX*2, 78120 RAMBOUILLET, 77160 PROVINS,
        44000 NANTES*4, 44100 NANTES*2, 44300 NANTES*2, 35000 RENNES*4, 35200 RENNES*2, 29200 BREST*3, 29000 QUIMPER*2,
        56100 LORIENT*2, 56000 VANNES*2, 22000 SAINT-BRIEUC*2, 49000 ANGERS*3, 72000 LE MANS*3, 53000 LAVAL*2,
        85000 LA ROCHE-SUR-YON*2, 14000 CAEN*3, 76000 ROUEN*3, 76600 LE HAVRE*3, 50100 CHERBOURG-EN-COTENTIN*2,
        61000 ALENCON, 27000 EVREUX*2, 37000 TOURS*3, 45000 ORLEANS*3, 41000 BLOIS*2, 18000 BOURGES*2, 28000 CHARTRES*2,
        36000 CHATEAUROUX, 35400 SAINT-MALO*2, 44600 SAINT-NAZAIRE*2, 22300 LANNION, 56340 CARNAC, 35800 DINARD,
        14400 BAYEUX, 50170 LE MONT-SAINT-MICHEL, 37400 AMBOISE, 56220 ROCHEFORT-EN-TERRE, 29180 LOCRONAN,
        50760 BARFLEUR, 76980 VEULES-LES-ROSES, 27620 GIVERNY, 18300 SANCERRE, 35430 SAINT-SULIAC,
        37500 CANDES-SAINT-MARTIN, 37460 MONTRESOR, 14430 BEUVRON-EN-AUGE, 27480 LYONS-LA-FORET, 29590 LE FAOU,
        59000 LILLE*4, 59800 LILLE*3, 59100 ROUBAIX*2, 59200 TOURCOING*2, 59140 DUNKERQUE*2, 62000 ARRAS*2,
        62100 CALAIS*2, 62200 BOULOGNE-SUR-MER*2, 80000 AMIENS*3, 02100 SAINT-QUENTIN*2, 60000 BEAUVAIS*2, 51100 REIMS*3,
        10000 TROYES*2, 08000 CHARLEVILLE-MEZIERES*2, 57000 METZ*3, 54000 NANCY*3, 88000 EPINAL*2, 67000 STRASBOURG*4,
        67100 STRASBOURG*2, 68100 MULHOUSE*3, 68000 COLMAR*2, 21000 DIJON*3, 25000 BESANCON*3, 71100 CHALON-SUR-SAONE*2,
        89000 AUXERRE*2, 58000 NEVERS, 90000 BELFORT*2, 39100 DOLE, 70000 VESOUL, 55100 VERDUN, 52000 CHAUMONT,
        67600 SELESTAT, 68340 RIQUEWIHR, 21200 BEAUNE, 68420 EGUISHEIM, 68240 KAYSERSBERG VIGNOBLE, 67250 HUNSPACH,
        60380 GERBEROY, 62170 MONTREUIL, 59670 CASSEL, 89450 VEZELAY, 21140 SEMUR-EN-AUXOIS, 39210 BAUME-LES-MESSIEURS,
        69001 LYON*2, 69002 LYON*2, 69003 LYON*3, 69004 LYON*2, 69005 LYON*2, 69006 LYON*3, 69007 LYON*3, 69008 LYON*2,
        69009 LYON*2, 69100 VILLEURBANNE*3, 69300 CALUIRE-ET-CUIRE*2, 13001 MARSEILLE*2, 13002 MARSEILLE, 13003 MARSEILLE,
        13004 MARSEILLE*2, 13005 MARSEILLE*2, 13006 MARSEILLE*2, 13007 MARSEILLE*2, 13008 MARSEILLE*3, 13009 MARSEILLE*2,
        13010 MARSEILLE*2, 13011 MARSEILLE*2, 13012 MARSEILLE*2, 13013 MARSEILLE*2, 13014 MARSEILLE, 13015 MARSEILLE*2,
        13016 MARSEILLE, 06000 NICE*3, 06100 NICE*2, 06400 CANNES*2, 06600 ANTIBES*2, 83000 TOULON*3, 13100 AIX-EN-PROVENCE*3,
        84000 AVIGNON*2, 30000 NIMES*3, 34000 MONTPELLIER*4, 34070 MONTPELLIER*2, 38000 GRENOBLE*3, 38100 GRENOBLE*2,
        73000 CHAMBERY*2, 74000 ANNECY*3, 42000 SAINT-ETIENNE*3, 63000 CLERMONT-FERRAND*3, 03000 MOULINS, 15000 AURILLAC,
        43000 LE PUY-EN-VELAY, 26000 VALENCE*2, 07000 PRIVAS, 01000 BOURG-EN-BRESSE*2, 20000 AJACCIO*2, 20200 BASTIA*2,
        04000 DIGNE-LES-BAINS, 05000 GAP, 11000 CARCASSONNE*2, 66000 PERPIGNAN*3, 48000 MENDE, 84160 LOURMARIN,
        04360 MOUSTIERS-SAINTE-MARIE, 06570 SAINT-PAUL-DE-VENCE, 13210 SAINT-REMY-DE-PROVENCE, 74400 CHAMONIX-MONT-BLANC,
        38250 VILLARD-DE-LANS, 30700 UZES, 34150 SAINT-GUILHEM-LE-DESERT, 84220 GORDES, 84220 ROUSSILLON, 74140 YVOIRE,
        01800 PEROUGES, 05350 SAINT-VERAN, 04320 ENTREVAUX, 06360 EZE, 20169 BONIFACIO, 03140 CHARROUX, 15140 SALERS,
        43450 BLESLE, 43420 PRADELLES, 63490 USSON, 11220 LAGRASSE, 66300 CASTELNOU, 26270 MIRMANDE, 07120 BALAZUC,
        83690 TOURTOUR, 84110 SEGURET, 84560 MENERBES, 84480 BONNIEUX, 84210 VENASQUE,
        31000 TOULOUSE*4, 31200 TOULOUSE*2, 31300 TOULOUSE*2, 31400 TOULOUSE*2, 31500 TOULOUSE*2, 33000 BORDEAUX*4,
        33200 BORDEAUX*2, 33800 BORDEAUX*2, 64000 PAU*2, 64100 BAYONNE*2, 64200 BIARRITZ*2, 40000 MONT-DE-MARSAN,
        47000 AGEN, 24000 PERIGUEUX*2, 46000 CAHORS, 82000 MONTAUBAN*2, 81000 ALBI*2, 12000 RODEZ, 65000 TARBES*2,
        32000 AUCH, 09000 FOIX, 87000 LIMOGES*3, 19100 BRIVE-LA-GAILLARDE*2, 23000 GUERET, 86000 POITIERS*3, 79000 NIORT*2,
        17000 LA ROCHELLE*3, 16000 ANGOULEME*2, 33120 ARCACHON, 24620 LES EYZIES, 46500 ROCAMADOUR, 17410 SAINT-MARTIN-DE-RE,
        64500 SAINT-JEAN-DE-LUZ, 81100 CASTRES, 19500 COLLONGES-LA-ROUGE, 19500 TURENNE, 12320 CONQUES-EN-ROUERGUE,
        64310 SARE, 64250 ESPELETTE, 12270 NAJAC, 33330 SAINT-EMILION, 24310 BRANTOME EN PERIGORD, 24250 DOMME,
        24200 SARLAT-LA-CANEDA, 16390 AUBETERRE-SUR-DRONNE, 17120 TALMONT-SUR-GIRONDE, 86260 ANGLES-SUR-L ANGLIN
        """;

    // Declared before French: static fields initialise in order and ParseFrench reads them.
    private static readonly HashSet<string> Area01 = ["75", "77", "78", "91", "92", "93", "94", "95"];

    private static readonly HashSet<string> Area02 =
        ["14", "18", "22", "27", "28", "29", "35", "36", "37", "41", "44", "45", "49", "50", "53", "56", "61", "72", "76", "85"];

    private static readonly HashSet<string> Area03 =
        ["02", "08", "10", "21", "25", "39", "51", "52", "54", "55", "57", "58", "59", "60", "62", "67", "68", "70", "71", "80", "88", "89", "90"];

    private static readonly HashSet<string> Area05 =
        ["09", "12", "16", "17", "19", "23", "24", "31", "32", "33", "40", "46", "47", "64", "65", "79", "81", "82", "86", "87"];

    public static readonly DemoPlace[] French = ParseFrench();

    public static readonly DemoPlace[] Abroad =
    [
        new("1000", "BRUXELLES", "BE", 3, 0), new("4000", "LIEGE", "BE", 1, 0), new("5000", "NAMUR", "BE", 1, 0),
        new("1201", "GENEVE", "CH", 2, 0), new("1003", "LAUSANNE", "CH", 2, 0), new("2000", "NEUCHATEL", "CH", 1, 0),
        new("10115", "BERLIN", "DE", 1, 0), new("80331", "MUENCHEN", "DE", 1, 0), new("66111", "SAARBRUECKEN", "DE", 1, 0),
        new("1011", "LUXEMBOURG", "LU", 2, 0), new("28001", "MADRID", "ES", 1, 0), new("00184", "ROMA", "IT", 1, 0),
        new("98000", "MONACO", "MC", 1, 0), new("H2X 1Y4", "MONTREAL", "CA", 1, 0),
    ];

    public static readonly string[] StreetTypes =
        ["rue", "rue", "rue", "rue", "rue", "avenue", "avenue", "boulevard", "place", "impasse", "allée", "chemin", "route", "quai", "cours", "square"];

    public static readonly string[] StreetNames =
    [
        "de la République", "Victor Hugo", "Jean Jaurès", "du Général de Gaulle", "de la Gare", "de l'Église", "des Écoles",
        "Pasteur", "Gambetta", "du Moulin", "des Tilleuls", "de la Paix", "Jules Ferry", "Émile Zola", "de la Liberté",
        "Nationale", "du Château", "des Lilas", "Saint-Michel", "du Stade", "de Verdun", "Carnot", "Voltaire",
        "du 8 Mai 1945", "du 11 Novembre", "de Paris", "Lafayette", "Aristide Briand", "Léon Blum", "du Maréchal Foch",
        "des Acacias", "des Roses", "du Port", "de la Mairie", "des Vignes", "du Lavoir", "de la Fontaine", "des Peupliers",
        "Anatole France", "Georges Clemenceau", "Jean Moulin", "Marcel Pagnol", "Albert Camus", "Paul Verlaine",
        "Pierre et Marie Curie", "de la Croix Blanche", "du Bourg", "des Prés", "Sainte-Anne", "de Bretagne", "des Cerisiers",
        "du Four", "de la Poste", "des Jardins", "du Marché", "de l'Abbaye", "des Marronniers", "du Calvaire", "de la Forge",
        "Frédéric Mistral", "Alphonse Daudet", "Jean de La Fontaine", "Charles Péguy", "Louise Michel", "Simone Veil",
    ];

    public static readonly string[] DeliveryLines =
    [
        "Appartement 12", "Appartement 3", "Appt 27 - 4e étage", "Bâtiment B", "Escalier C", "Porte 5", "2e étage gauche",
        "Chez Mme Durand", "Boîte aux lettres 14", "Logement 8",
    ];

    public static readonly string[] BuildingLines =
    [
        "Résidence Les Tilleuls", "Résidence du Parc", "Le Clos des Vignes", "Les Jardins de l'Europe", "Bâtiment Les Érables",
        "Résidence Saint-Louis", "Entrée A", "Villa Les Mimosas", "Domaine de la Source", "Les Terrasses du Lac",
    ];

    public static readonly string[] LocalityLines = ["Lieu-dit La Grange", "Hameau de Saint-Jean", "Le Bourg", "La Croix des Champs"];

    /// <summary>The second digit of a French landline (01–05) for a département; Corsica and the south-east are 04.</summary>
    public static int AreaDigitOf(string postalCode)
    {
        var department = postalCode[..2];
        return Area01.Contains(department) ? 1
            : Area02.Contains(department) ? 2
            : Area03.Contains(department) ? 3
            : Area05.Contains(department) ? 5
            : 4;
    }

    private static DemoPlace[] ParseFrench() =>
        FrenchCommunes.Split([',', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(entry =>
            {
                var star = entry.IndexOf('*', StringComparison.Ordinal);
                var weight = star < 0 ? 1 : int.Parse(entry[(star + 1)..], CultureInfo.InvariantCulture);
                var name = star < 0 ? entry[6..] : entry[6..star];
                return new DemoPlace(entry[..5], name, "FR", weight, AreaDigitOf(entry[..5]));
            })
            .ToArray();
}
