/**
 * The three demand lists of the source statements (seeds/documents), each item word for word as its document
 * writes it: the file, the line that introduces the list, the items in order.
 */
export const statementDemandLists: [file: string, introduction: string, demands: string[]][] = [
  [
    '002_cbb7cd75c554519b.txt',
    'La Ligue socialiste internationale exige :',
    [
      'La terreur du régime doit cesser, les troupes doivent se retirer des villes !',
      'A bas le régime ! Démission de tous les complices de Nazarbayev, dont le président Tokayev !',
      'Expropriation des biens des oligarques sous le contrôle des ouvriers !',
      'Libération de tous les prisonniers et détenus politiques !',
      'Tous les droits politiques doivent être garantis, y compris la formation de syndicats et de partis politiques, la tenue de grèves et de réunions !',
    ],
  ],
  [
    '003_7b286b4c87d8e980.txt',
    'Le Mouvement Socialiste du Kazakhstan exige :',
    [
      'Une cessation immédiate des hostilités contre le peuple et le retrait des troupes des villes !',
      'La démission immédiate de tous les responsables de Nazarbayev, dont le président Tokayev !',
      'La libération de tous les prisonniers et détenus politiques !',
      "Le droit de créer des syndicats, des partis politiques, d'organiser des grèves et des réunions !",
      'La légalisation des activités du Parti communiste du Kazakhstan interdit et du Mouvement socialiste du Kazakhstan !',
    ],
  ],
  [
    '004_8e77b66041a4195c.txt',
    '### **Nous demandons:**',
    [
      'La libération de tous ceux arrêtés à Zhanaozen',
      'La libération de tous les prisonniers politiques du Kazakhstan',
      "L'abandon des charges contre eux",
      "La fin de la répression d'Etat",
      'La victoire des travailleurs de « KazakhMys »',
      'La fin des accords entre les multinationales et le régime autoritaire de Nursultan Nazarbaev',
      'La démission du gouvernement et du président',
    ],
  ],
];
