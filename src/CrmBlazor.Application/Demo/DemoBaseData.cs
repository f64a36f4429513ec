namespace CrmBlazor.Application.Demo;

/// <summary>
/// French surnames and first names for the demo base, most frequent first: <see cref="DemoPicker"/> turns the rank
/// into a Zipf-like skew, so « Martin » is common and « Quéméner » rare, as in a real donor file.
/// </summary>
internal static class DemoBaseData
{
    public static readonly string[] Surnames =
    [
        "Martin", "Bernard", "Thomas", "Petit", "Robert", "Richard", "Durand", "Dubois", "Moreau", "Laurent",
        "Simon", "Michel", "Lefebvre", "Leroy", "Roux", "David", "Bertrand", "Morel", "Fournier", "Girard",
        "Bonnet", "Dupont", "Lambert", "Fontaine", "Rousseau", "Vincent", "Müller", "Lefèvre", "Faure", "André",
        "Mercier", "Blanc", "Guérin", "Boyer", "Garnier", "Chevalier", "François", "Legrand", "Gauthier", "García",
        "Perrin", "Robin", "Clément", "Morin", "Nicolas", "Henry", "Roussel", "Mathieu", "Gautier", "Masson",
        "Marchand", "Duval", "Denis", "Dumont", "Marie", "Lemaire", "Noël", "Meyer", "Dufour", "Meunier",
        "Brun", "Blanchard", "Giraud", "Joly", "Rivière", "Lucas", "Brunet", "Gaillard", "Barbier", "Arnaud",
        "Martínez", "Gérard", "Roche", "Renard", "Schmitt", "Roy", "Leroux", "Colin", "Vidal", "Caron",
        "Picard", "Roger", "Fabre", "Aubert", "Lemoine", "Renaud", "Dumas", "Lacroix", "Olivier", "Philippe",
        "Bourgeois", "Pierre", "Benoît", "Rey", "Leclerc", "Payet", "Rolland", "Leclercq", "Guillaume", "Lecomte",
        "López", "Jean", "Dupuy", "Guillot", "Hubert", "Berger", "Carpentier", "Sánchez", "Dupuis", "Moulin",
        "Louis", "Deschamps", "Huet", "Vasseur", "Pérez", "Boucher", "Fleury", "Royer", "Klein", "Jacquet",
        "Adam", "Paris", "Poirier", "Marty", "Aubry", "Guyot", "Carré", "Charles", "Renault", "Charpentier",
        "Ménard", "Maillard", "Baron", "Bertin", "Bailly", "Hervé", "Schneider", "Fernández", "Le Gall", "Collet",
        "Léger", "Bouvier", "Julien", "Prévost", "Millet", "Perrot", "Daniel", "Le Roux", "Cousin", "Germain",
        "Breton", "Besson", "Langlois", "Rémy", "Le Goff", "Pelletier", "Lévêque", "Perrier", "Leblanc", "Barré",
        "Lebrun", "Marchal", "Weber", "Mallet", "Hamon", "Boulanger", "Jacob", "Monnier", "Michaud", "Rodríguez",
        "Guichard", "Gillet", "Étienne", "Grondin", "Poulain", "Tessier", "Chevallier", "Collin", "Chauvin", "Da Silva",
        "Bouchet", "Gay", "Lemaître", "Bénard", "Maréchal", "Humbert", "Reynaud", "Antoine", "Hoarau", "Perret",
        "Barthélemy", "Cordier", "Pichon", "Lejeune", "Gilbert", "Lamy", "Delaunay", "Pasquier", "Carlier", "Laporte",
        "Nguyen", "Tran", "Pham", "Hoang", "Dos Santos", "Ferreira", "Pereira", "Rodrigues", "Gonçalves", "Fernandes",
        "Martins", "Oliveira", "Haddad", "Benali", "Belkacem", "Mansouri", "Amrani", "Bouzid", "Diallo", "Traoré",
        "Koné", "Diop", "Ndiaye", "Cohen", "Lévy", "Weiss", "Kowalski", "Nowak", "Rossi", "Russo",
        "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Wagner", "Becker", "Hoffmann", "Schmidt", "Fischer",
        "Zimmermann", "Kieffer", "Schwartz", "Hartmann", "Lefort", "Delmas", "Courtois", "Brunel", "Barre", "Blondel",
        "Devaux", "Lacombe", "Bouchard", "Texier", "Marion", "Labbé", "Hébert", "Rigaud", "Bazin", "Leconte",
        "Ollivier", "Jourdan", "Thibault", "Raynaud", "Poulet", "Blin", "Salmon", "Mouton", "Tanguy", "Le Bihan",
        "Le Floch", "Le Guen", "Le Corre", "Quéméner", "Le Bris", "Guillou", "Le Meur", "Caradec", "Morvan", "Jézéquel",
        "Etcheverry", "Etchegaray", "Iriarte", "Larralde", "Bonnafous", "Castan", "Kuntz", "Haas", "Wolff", "Koch",
        "Vandamme", "Vanhoutte", "Delattre", "Dewitte", "Lefranc", "Chevrier", "Langlais", "Bouquet", "Delorme", "Leblond",
        "Marchetti", "Santini", "Albertini", "Casanova", "Pietri", "Grimaud", "Bonhomme", "Besnard", "Pottier", "Bigot",
        "Hamel", "Guillon", "Boutin", "Rocher", "Baudry", "Turpin", "Lebon", "Chartier", "Lainé", "Normand",
        "Marin", "Perrault", "Navarro", "Ruiz", "Gómez", "Díaz", "Moreno", "Jiménez", "Álvarez", "Muñoz",
        "Dubreuil", "Dumoulin", "Després", "Chauveau", "Guillemin", "Gallet", "Maurice", "Delahaye", "Bousquet", "Tissot",
        "Verdier", "Parent", "Jouve", "Bouvet", "Bonneau", "Chauvet", "Thierry", "Lemonnier", "Legros", "Lagarde",
        "Valentin", "Ferrand", "Grégoire", "Cartier", "Poncet", "Coste", "Lebreton", "Prat", "Chrétien", "Bruneau",
        "Cordonnier", "Fortin", "Fouquet", "Godard", "Lelièvre", "Pineau", "Pons", "Rault", "Roques", "Saunier",
        "Vallée", "Vial", "Villard", "Baudouin", "Bérard", "Besse", "Camus", "Chapuis", "Chéron", "Combes",
        "Courtin", "Delage", "Durieux", "Escoffier", "Gaudin", "Geoffroy", "Grenier", "Hamelin", "Labat", "Lacoste",
        "Lafon", "Lamarque", "Léonard", "Leduc", "Lesage", "Maillot", "Maury", "Millot", "Pascal", "Pruvost",
        "Ribeiro", "Sauvage", "Teixeira", "Thiébaut", "Vaillant", "Vernet", "Auger", "Bernier", "Carrière", "Desjardins",
        "Muller", "Hebert", "Lefevre", "Saint-Martin", "de La Fontaine", "de Montmorency", "Kervella", "Le Pennec", "N'Diaye", "O'Neill",
    ];

    public static readonly string[] FemaleFirstNames =
    [
        "Marie", "Jeanne", "Françoise", "Monique", "Catherine", "Nathalie", "Isabelle", "Jacqueline", "Sylvie", "Anne",
        "Martine", "Christine", "Nicole", "Hélène", "Valérie", "Sophie", "Sandrine", "Stéphanie", "Céline", "Véronique",
        "Chantal", "Patricia", "Brigitte", "Julie", "Émilie", "Aurélie", "Camille", "Léa", "Manon", "Chloé",
        "Emma", "Inès", "Sarah", "Laura", "Pauline", "Mathilde", "Marion", "Caroline", "Claire", "Élodie",
        "Anaïs", "Zoé", "Lucie", "Juliette", "Clémence", "Charlotte", "Louise", "Alice", "Jade", "Lina",
        "Rose", "Ambre", "Agathe", "Margaux", "Océane", "Justine", "Audrey", "Virginie", "Laetitia", "Karine",
        "Delphine", "Florence", "Corinne", "Danielle", "Denise", "Simone", "Madeleine", "Yvette", "Odette", "Suzanne",
        "Geneviève", "Colette", "Josiane", "Michèle", "Annie", "Bernadette", "Évelyne", "Élisabeth", "Agnès", "Béatrice",
        "Mireille", "Marguerite", "Germaine", "Paulette", "Huguette", "Ginette", "Solange", "Thérèse", "Lucienne", "Andrée",
        "Raymonde", "Gisèle", "Régine", "Noémie", "Maëlle", "Maëva", "Lola", "Romane", "Élise", "Mélanie",
        "Amélie", "Gaëlle", "Armelle", "Solène", "Bérénice", "Capucine", "Apolline", "Héloïse", "Joséphine", "Éléonore",
        "Victoire", "Constance", "Fatima", "Amina", "Yasmine", "Leïla", "Myriam", "Linh", "Aïcha", "Nadia",
        "Marie-Claire", "Anne-Sophie", "Marie-Thérèse",
    ];

    public static readonly string[] MaleFirstNames =
    [
        "Jean", "Pierre", "Michel", "André", "Philippe", "Alain", "Jacques", "Bernard", "Claude", "Daniel",
        "Patrick", "François", "Christian", "Nicolas", "Christophe", "Éric", "Laurent", "Frédéric", "Stéphane", "Olivier",
        "Pascal", "David", "Thierry", "Sébastien", "Julien", "Thomas", "Alexandre", "Antoine", "Maxime", "Romain",
        "Guillaume", "Jérôme", "Vincent", "Mathieu", "Benoît", "Cédric", "Fabrice", "Bruno", "Didier", "Gérard",
        "Roger", "Marcel", "Henri", "Louis", "Paul", "Georges", "René", "Robert", "Raymond", "Lucien",
        "Maurice", "Marc", "Yves", "Serge", "Gilles", "Dominique", "Joël", "Hervé", "Denis", "Francis",
        "Guy", "Jean-Pierre", "Jean-Claude", "Jean-Luc", "Jean-Marc", "Jean-François", "Jean-Michel", "Jean-Paul", "Jean-Louis", "Lucas",
        "Hugo", "Léo", "Gabriel", "Raphaël", "Arthur", "Jules", "Adam", "Nathan", "Ethan", "Noah",
        "Théo", "Tom", "Enzo", "Mathis", "Clément", "Baptiste", "Quentin", "Kévin", "Florian", "Adrien",
        "Damien", "Loïc", "Gaël", "Yann", "Erwan", "Killian", "Valentin", "Victor", "Étienne", "Aurélien",
        "Grégoire", "Hippolyte", "Augustin", "Timothée", "Benjamin", "Samuel", "Mohamed", "Karim", "Mehdi", "Rachid",
        "Youssef", "Ahmed", "Minh", "Anh", "Noël", "Gaëtan", "Jérémy", "Anthony", "Ludovic", "Xavier",
    ];
}
