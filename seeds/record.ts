import type { SeedRecord } from './schema';

const updates: SeedRecord['updates'] = [
  // Vadim Kuramshin
  {
    id: 'vadim-kuramshin-2012-03-18-fausse-rumeur-de-suicide',
    case: 'vadim-kuramshin',
    title: 'Fausse rumeur de suicide',
    body: 'Des rumeurs sont répandues selon lesquelles Vadim Kuramshin se serait suicidé. Campaign Kazakhstan y voit un acte rancunier du régime ; la rumeur est démentie le lendemain par la visite de sympathisants.',
    occurredOn: '2012-03-18',
    occurredOnPrecision: 'DAY',
    cite: [
      {
        doc: 'doc-004-campaign-update-2012-03-19',
        field: 'date',
        quote:
          'Un autre acte rancunier était, hier, de répandre des rumeurs selon lesquelles Vadim Kuramshin, toujours incarcéré au Sud du Kazakhstan, se serait suicidé.',
        note: '« hier » dans le communiqué daté du lundi 19 mars 2012 : dimanche 18 mars 2012. La rumeur est démentie par la visite de sympathisants le 19 mars (« aujourd’hui »), qui l’ont trouvé plein d’esprit.',
      },
    ],
  },
  {
    id: 'vadim-kuramshin-2012-03-19-toujours-incarcere',
    case: 'vadim-kuramshin',
    title: 'Toujours incarcéré au Sud du Kazakhstan',
    body: 'Vadim Kuramshin est toujours incarcéré au Sud du Kazakhstan. La date de son arrestation n’est pas donnée.',
    occurredOn: '2012-03-19',
    occurredOnPrecision: 'BEFORE',
    status: 'DETAINED',
    cite: [
      {
        doc: 'doc-004-campaign-update-2012-03-19',
        field: 'status',
        quote: 'Vadim Kuramshin, toujours incarcéré au Sud du Kazakhstan',
      },
      {
        doc: 'doc-004-campaign-update-2012-03-19',
        field: 'date',
        quote: 'Vadim Kuramshin, toujours incarcéré au Sud du Kazakhstan',
        note: '« toujours incarcéré » à la date du communiqué (19 mars 2012) ; la date de son incarcération n’est pas donnée.',
      },
    ],
  },
  {
    id: 'vadim-kuramshin-2012-03-19-visite-de-sympathisants',
    case: 'vadim-kuramshin',
    title: 'Visite de sympathisants',
    body: 'Des sympathisants rendent visite à Vadim Kuramshin et le trouvent plein d’esprit, ce qui dément la rumeur de son suicide.',
    occurredOn: '2012-03-19',
    occurredOnPrecision: 'DAY',
    cite: [
      {
        doc: 'doc-004-campaign-update-2012-03-19',
        field: 'date',
        quote: 'Des sympathisants lui ont rendu visite aujourd’hui et l’ont trouvé plein d’esprit',
        note: '« aujourd’hui » dans le communiqué daté du lundi 19 mars 2012.',
      },
    ],
  },
  {
    id: 'vadim-kuramshin-2012-03-22-proces-attendu',
    case: 'vadim-kuramshin',
    title: 'Procès attendu autour du 22 mars',
    body: 'Le procès de Vadim Kuramshin devrait commencer autour du 22 mars 2012, en même temps que ceux des personnes arrêtées à Zhanaozen.',
    occurredOn: '2012-03-22',
    occurredOnPrecision: 'APPROXIMATE',
    cite: [
      {
        doc: 'doc-004-campaign-update-2012-03-19',
        field: 'date',
        quote:
          'Il paraîtrait aussi que les procès de ceux qui ont été arrêtés à Zhanaozen et celui de Vadim Kuramshin devraient commencer autour du 22 mars.',
        note: 'Date annoncée comme probable (« Il paraîtrait ») dans le communiqué du 19 mars 2012.',
      },
    ],
  },

  // Natalia Sokolova
  {
    id: 'natalia-sokolova-2012-03-19-liberation',
    case: 'natalia-sokolova',
    title: 'Libération et réduction de peine',
    body: 'La cour suprême du Kazakhstan a annoncé la libération de Natalia Sokolova et la réduction de sa peine de 6 ans, après 6 mois purgés. Campaign Kazakhstan y voit la conséquence de la pression croissante mise sur le régime.',
    occurredOn: '2012-03-19',
    occurredOnPrecision: 'BEFORE',
    status: 'RELEASED',
    releaseKind: 'EARLY_RELEASE',
    cite: [
      {
        doc: 'doc-004-campaign-update-2012-03-19',
        field: 'status',
        quote:
          'la cour suprême du Kazakhstan a annoncé la libération de Natalia Sokolova et la réduction de sa peine de 6 ans, après avoir purgé 6 mois',
      },
      {
        doc: 'doc-004-campaign-update-2012-03-19',
        field: 'date',
        quote: 'Significativement, 3 ou 4 jours plus tôt, la cour suprême du Kazakhstan a annoncé la libération de Natalia Sokolova',
        note: '3 ou 4 jours avant l’adoption de la résolution du Parlement européen, dont le texte ne donne pas la date ; au plus tard le 19 mars 2012, date du communiqué.',
      },
      {
        doc: 'doc-004-campaign-update-2012-03-19',
        field: 'text',
        quote:
          'Il n’y a aucun doute que sa libération est la conséquence de la pression croissante mise sur le régime',
      },
    ],
  },

  // Igor Vyshnevskii
  {
    id: 'igor-vyshnevskii-2012-03-19-liberation',
    case: 'igor-vyshnevskii',
    title: 'Libération',
    body: 'Igor Vyshnevskii, éditeur du journal d’opposition « Vzglyad », a été libéré au lendemain du débat du Parlement européen, un autre succès de la pression mise sur le régime.',
    occurredOn: '2012-03-19',
    occurredOnPrecision: 'BEFORE',
    status: 'RELEASED',
    cite: [
      {
        doc: 'doc-004-campaign-update-2012-03-19',
        field: 'status',
        quote: 'cette pression a déjà obtenu un autre succès, la libération d’Igor Vyshnevskii',
      },
      {
        doc: 'doc-004-campaign-update-2012-03-19',
        field: 'date',
        quote: 'éditeur du journal d’opposition « Vzglyad », au lendemain du débat.',
        note: 'Au lendemain du débat au Parlement européen, dont le texte ne donne pas la date ; au plus tard le 19 mars 2012, date du communiqué.',
      },
    ],
  },

  // Dmitrii Tikhonov
  {
    id: 'dmitrii-tikhonov-2012-03-15-arrestation',
    case: 'dmitrii-tikhonov',
    title: 'Arrêté par les huissiers de la Cour',
    body: 'Dmitrii Tikhonov, jeune militant du Mouvement socialiste du Kazakhstan, est arrêté par les huissiers de la Cour sous le prétexte du non-paiement d’amendes. Sans sanction ni mandat légal, les huissiers lui retirent ses chaussures, volent son téléphone portable et menacent sa famille de problèmes si l’amende n’est pas payée.',
    occurredOn: '2012-03-15',
    occurredOnPrecision: 'DAY',
    status: 'DETAINED',
    cite: [
      {
        doc: 'doc-004-campaign-update-2012-03-19',
        field: 'status',
        quote:
          'Jeudi, de jeunes militants du Mouvement Socialiste Kazakjstan ont été arrêtés par les huissiers de la Cour sous le prétexte du non-paiement d’amendes.',
      },
      {
        doc: 'doc-004-campaign-update-2012-03-19',
        field: 'date',
        quote: 'Jeudi, de jeunes militants du Mouvement Socialiste Kazakjstan ont été arrêtés',
        note: '« Jeudi » dans le communiqué daté du lundi 19 mars 2012 : jeudi 15 mars 2012.',
      },
      {
        doc: 'doc-004-campaign-update-2012-03-19',
        field: 'text',
        quote:
          'Sans sanction ni mandat légal, les huissiers leur ont retiré leurs chaussures, volé leurs téléphones portables, et menacé la famille de Dimitrii que si l’amende n’était pas payée, ils auraient des problèmes.',
      },
    ],
  },

  // Arman Ozhaubaev
  {
    id: 'arman-ozhaubaev-2012-03-15-arrestation',
    case: 'arman-ozhaubaev',
    title: 'Arrêté par les huissiers de la Cour',
    body: 'Arman Ozhaubaev, jeune militant du Mouvement socialiste du Kazakhstan, est arrêté par les huissiers de la Cour sous le prétexte du non-paiement d’amendes. Sans sanction ni mandat légal, les huissiers lui retirent ses chaussures et volent son téléphone portable.',
    occurredOn: '2012-03-15',
    occurredOnPrecision: 'DAY',
    status: 'DETAINED',
    cite: [
      {
        doc: 'doc-004-campaign-update-2012-03-19',
        field: 'status',
        quote:
          'Jeudi, de jeunes militants du Mouvement Socialiste Kazakjstan ont été arrêtés par les huissiers de la Cour sous le prétexte du non-paiement d’amendes.',
      },
      {
        doc: 'doc-004-campaign-update-2012-03-19',
        field: 'date',
        quote: 'Jeudi, de jeunes militants du Mouvement Socialiste Kazakjstan ont été arrêtés',
        note: '« Jeudi » dans le communiqué daté du lundi 19 mars 2012 : jeudi 15 mars 2012.',
      },
      {
        doc: 'doc-004-campaign-update-2012-03-19',
        field: 'text',
        quote: 'Sans sanction ni mandat légal, les huissiers leur ont retiré leurs chaussures, volé leurs téléphones portables',
      },
    ],
  },

  // Tamara Sergazieva
  {
    id: 'tamara-sergazieva-2012-03-12-arrestation',
    case: 'tamara-sergazieva',
    title: 'Arrêtée pour avoir distribué des tracts à Zhanaozen',
    body: 'Tamara Sergazieva, femme d’un des travailleurs du pétrole arrêtés, est arrêtée après avoir été surprise à distribuer des tracts à Zhanaozen exigeant que les policiers responsables de la torture soient traduits en justice.',
    occurredOn: '2012-03-12',
    occurredOnPrecision: 'WEEK',
    status: 'DETAINED',
    cite: [
      {
        doc: 'doc-004-campaign-update-2012-03-19',
        field: 'status',
        quote:
          'a elle-même été arrêtée après avoir été surprise à distribuer des tracts à Zhanaozen pour exiger que les policiers responsables de la torture soient traduits en justice.',
      },
      {
        doc: 'doc-004-campaign-update-2012-03-19',
        field: 'date',
        quote: 'La semaine dernière, Tamara Sergazieva, la femme d’un des travailleurs du pétrole arrêtés, a elle-même été arrêtée',
        note: '« La semaine dernière » dans le communiqué daté du lundi 19 mars 2012 : semaine du lundi 12 mars 2012.',
      },
    ],
  },

  // Berik Zhagiparov
  {
    id: 'berik-zhagiparov-2012-03-19-convocation',
    case: 'berik-zhagiparov',
    title: 'Appelé pour un interrogatoire',
    body: 'Les autorités refusent d’officialiser la manifestation des mineurs de KazakhMys prévue le 22 mars et appellent son organisateur, Berik Zhagiparov, pour un interrogatoire.',
    occurredOn: '2012-03-19',
    occurredOnPrecision: 'BEFORE',
    status: 'SUMMONED',
    cite: [
      {
        doc: 'doc-004-campaign-update-2012-03-19',
        field: 'status',
        quote:
          'Les autorités ont refusé d’officialiser la manifestation et ont appelé l’organisateur, Berik Zhagiparov, pour un interrogatoire.',
      },
      {
        doc: 'doc-004-campaign-update-2012-03-19',
        field: 'date',
        quote: 'ont appelé l’organisateur, Berik Zhagiparov, pour un interrogatoire',
        note: 'Date non précisée ; au plus tard le 19 mars 2012, date du communiqué.',
      },
    ],
  },

  // Esenbek Ouktechbaev
  {
    id: 'esenbek-ouktechbaev-2011-12-17-exil',
    case: 'esenbek-ouktechbaev',
    title: 'Contraint de quitter le pays',
    body: 'Esenbek Ouktechbaev a récemment été contraint de quitter son pays à la suite des poursuites lancées par les autorités contre les travailleurs du secteur pétrolier en grève dans la région de Manguistaou.',
    occurredOn: '2011-12-31',
    occurredOnPrecision: 'BEFORE',
    status: 'IN_EXILE',
    cite: [
      {
        doc: 'doc-000-zhanaozen-massacre-statements-2011-12-17',
        field: 'status',
        quote:
          'Celui-ci a récemment été contraint de quitter son pays suite aux poursuites lancées par les autorités contre les travailleurs du secteur pétrolier en gréve dans la région de Manguistaou',
      },
      {
        doc: 'doc-000-zhanaozen-massacre-statements-2011-12-17',
        field: 'date',
        quote: 'Celui-ci a récemment été contraint de quitter son pays',
        note: '« récemment » dans une publication non datée qui suit le massacre du vendredi 16 décembre 2011 : la date de son départ n’est pas donnée ; au plus tard en décembre 2011.',
      },
    ],
  },

  // Zhanaozen defendants
  {
    id: 'zhanaozen-defendants-2012-03-19-inculpes',
    case: 'zhanaozen-defendants',
    title: 'Inculpés, menacés de peines jusqu’à 10 ans',
    body: 'Les personnes arrêtées à Zhanaozen passent en procès sous des accusations qui les menacent de peines allant jusqu’à 10 ans.',
    occurredOn: '2012-03-19',
    occurredOnPrecision: 'BEFORE',
    status: 'CHARGED',
    cite: [
      {
        doc: 'doc-004-campaign-update-2012-03-19',
        field: 'status',
        quote:
          'Le nombre de ceux qui passent en procès est passé de 43 à 52, sous des accusations qui les menacent de sentences jusqu’à 10 ans.',
      },
      {
        doc: 'doc-004-campaign-update-2012-03-19',
        field: 'date',
        quote: 'Le nombre de ceux qui passent en procès est passé de 43 à 52',
        note: 'Date des inculpations non précisée ; au plus tard le 19 mars 2012, date du communiqué.',
      },
    ],
  },
  {
    id: 'zhanaozen-defendants-2012-03-19-de-43-a-52',
    case: 'zhanaozen-defendants',
    title: 'Le nombre d’accusés passe de 43 à 52',
    body: 'Le nombre de ceux qui passent en procès est passé de 43 à 52. D’autres personnes seraient en train d’être arrêtées.',
    occurredOn: '2012-03-19',
    occurredOnPrecision: 'BEFORE',
    cite: [
      {
        doc: 'doc-004-campaign-update-2012-03-19',
        field: 'text',
        quote: 'Le nombre de ceux qui passent en procès est passé de 43 à 52',
      },
      {
        doc: 'doc-004-campaign-update-2012-03-19',
        field: 'text',
        quote: 'Il semblerait qu’encore plus de personnes seraient en train d’être arrêtées.',
      },
      {
        doc: 'doc-004-campaign-update-2012-03-19',
        field: 'date',
        quote: 'Le nombre de ceux qui passent en procès est passé de 43 à 52',
        note: 'Hausse rapportée dans le communiqué du 19 mars 2012, sans en donner la date : au plus tard le 19 mars 2012.',
      },
    ],
  },
  {
    id: 'zhanaozen-defendants-2012-03-22-proces-attendus',
    case: 'zhanaozen-defendants',
    title: 'Procès attendus autour du 22 mars',
    body: 'Les procès de ceux qui ont été arrêtés à Zhanaozen, ainsi que celui de Vadim Kuramshin, devraient commencer autour du 22 mars 2012.',
    occurredOn: '2012-03-22',
    occurredOnPrecision: 'APPROXIMATE',
    cite: [
      {
        doc: 'doc-004-campaign-update-2012-03-19',
        field: 'date',
        quote:
          'Il paraîtrait aussi que les procès de ceux qui ont été arrêtés à Zhanaozen et celui de Vadim Kuramshin devraient commencer autour du 22 mars.',
        note: 'Date annoncée comme probable (« Il paraîtrait ») dans le communiqué du 19 mars 2012.',
      },
    ],
  },

  // January 2022 detainees
  {
    id: 'january-2022-detainees-2022-01-emprisonnes',
    case: 'january-2022-detainees',
    title: 'Plus de 2 000 personnes emprisonnées',
    body: 'Plus de 2 000 personnes ont été emprisonnées dans des opérations « antiterroristes » lors de la répression du soulèvement.',
    occurredOn: '2022-01-01',
    occurredOnPrecision: 'MONTH',
    status: 'DETAINED',
    cite: [
      {
        doc: 'doc-002-lsi-non-a-la-repression-2022-01',
        field: 'status',
        quote: 'plus de 2 000 ont été emprisonnées dans des opérations « antiterroristes »',
      },
      {
        doc: 'doc-002-lsi-non-a-la-repression-2022-01',
        field: 'date',
        quote: 'Ligue socialiste internationale janvier 2022',
        note: 'Emprisonnements rapportés dans une déclaration datée de janvier 2022, sur le soulèvement parti de Zhanaozen le 2 janvier ; leur date n’est pas donnée.',
      },
    ],
  },
];

/**
 * The campaign record, built only from the five French source documents in seeds/documents/.
 * Every `cite[].quote` is a verbatim passage of the document named by `doc` (OCR errors kept as they are).
 */
export const seedRecord = {
  organisations: [
    {
      id: 'rsd',
      name: 'Mouvement socialiste de Russie',
      aliases: ['RSD', 'RSD (Mouvement socialiste de Russie)', 'Socialist Movement of Russia', 'Российское социалистическое движение'],
      country: 'RU',
    },
    {
      id: 'mouvement-socialiste-du-kazakhstan',
      name: 'Mouvement socialiste du Kazakhstan',
      aliases: [
        'Mouvement Socialiste du Kazakhstan',
        'Mouvement Socialiste Kazakjstan',
        'Socialist Movement of Kazakhstan',
        'Социалистическое движение Казахстана',
      ],
      country: 'KZ',
    },
    {
      id: 'cio',
      name: 'Comité pour une Internationale Ouvrière',
      aliases: ['CIO', 'CIO, Russie et Kazakhstan', "Committee for a Workers' International", 'CWI'],
    },
    {
      id: 'lutte-socialiste',
      name: 'Lutte Socialiste',
      aliases: ['CIO Belgique', 'section belge du CIO'],
      country: 'BE',
    },
    {
      id: 'ligue-socialiste-internationale',
      name: 'Ligue socialiste internationale',
      aliases: ['International Socialist League', 'LSI', 'ISL'],
    },
    {
      id: 'campaign-kazakhstan',
      name: 'Campaign Kazakhstan',
      aliases: ['Campagne Kazakhstan'],
    },
    {
      id: 'lcr-lagauche',
      name: 'lcr-lagauche',
      aliases: ['Icr-lagauche', 'LCR-lagauche'],
    },
    {
      id: 'janartoud',
      name: 'Janartoud',
      aliases: ['syndicat « Janartoud »', 'Zhanartu', 'Жанарту'],
      country: 'KZ',
    },
  ],

  documents: [
    {
      id: 'doc-000-zhanaozen-massacre-statements-2011-12-17',
      file: '000_4a7fc8ab6c13112a.txt',
      title: 'Massacre de Janaozen : communiqués du RSD et du Mouvement socialiste du Kazakhstan [titre attribué]',
      language: 'fr',
      issuers: ['lcr-lagauche', 'rsd', 'mouvement-socialiste-du-kazakhstan'],
      summary:
        'Publication non datée, par lcr-lagauche, des communiqués du RSD (Mouvement socialiste de Russie, 17 décembre 2011) et du Mouvement socialiste du Kazakhstan sur le massacre du 16 décembre 2011 à Janaozen, où la police et l’armée ont ouvert le feu sur des travailleurs du pétrole en grève. Le Mouvement socialiste du Kazakhstan appelle à la grève générale, à la désobéissance civile, au boycott des élections parlementaires et à des actions devant les représentations diplomatiques du Kazakhstan. Mentionne l’exil forcé d’Esenbek Ouktechbaev, président du syndicat « Janartoud ».',
      // Not dated: it follows « ce vendredi 16 décembre » and reprints the RSD statement of 17 December 2011.
      issuedOn: '2011-12-01',
      issuedOnPrecision: 'MONTH',
    },
    {
      id: 'doc-001-cio-attaque-brutale-2011-12-17',
      file: '001_424803e400dbd2f8.txt',
      title: 'Kazakhstan : L’attaque brutale et sanglante n’a pas vaincu les grévistes',
      language: 'fr',
      issuers: ['cio', 'lutte-socialiste'],
      summary:
        'Reportage non daté du CIO (Russie et Kazakhstan) après le massacre de Janaözen : arrestations en masse, « centres de filtration », 50 à 70 morts selon les syndicats indépendants, état d’urgence jusqu’au 5 janvier, combats à Shetpe et Jetibay. Avec un encadré sur l’arrestation de supporters solidaires lors du match Belgique–Kazakhstan du 7 octobre à Bruxelles.',
      // Not dated: it reports the arrests after « ce vendredi » of the massacre (16 December 2011).
      issuedOn: '2011-12-01',
      issuedOnPrecision: 'MONTH',
    },
    {
      id: 'doc-002-lsi-non-a-la-repression-2022-01',
      file: '002_cbb7cd75c554519b.txt',
      title: 'Non à la répression du peuple !',
      language: 'fr',
      issuers: ['ligue-socialiste-internationale'],
      summary:
        'Déclaration de la Ligue socialiste internationale sur le soulèvement de janvier 2022, parti de Zhanaozen le 2 janvier contre la hausse des prix : intervention militaire de l’OTSC ; des dizaines de personnes auraient été tuées et plus de 2 000 ont été emprisonnées. Appel à la solidarité internationale et liste de cinq revendications.',
      issuedOn: '2022-01-01',
      issuedOnPrecision: 'MONTH',
    },
    {
      id: 'doc-003-msk-soulevement-2022-01',
      file: '003_7b286b4c87d8e980.txt',
      title: 'Le soulèvement populaire et la grève générale de janvier 2022 au Kazakhstan [titre attribué]',
      language: 'fr',
      issuers: ['mouvement-socialiste-du-kazakhstan'],
      summary:
        'Récit par le Mouvement socialiste du Kazakhstan du soulèvement de janvier 2022 : départ à Zhanaozen, grève générale dans la région de Mangistau le 3 janvier, extension aux secteurs pétrolier et minier et à de nombreuses villes, état d’urgence et déploiement de l’armée. Cinq revendications et un appel à nationaliser l’industrie minière.',
      issuedOn: '2022-01-01',
      issuedOnPrecision: 'MONTH',
    },
    {
      id: 'doc-004-campaign-update-2012-03-19',
      file: '004_8e77b66041a4195c.txt',
      title: 'Le régime répond à sa condamnation par les concessions et par la vengeance',
      language: 'fr',
      issuers: ['campaign-kazakhstan'],
      summary:
        'Point de Campaign Kazakhstan du 19 mars 2012 : résolution du Parlement européen, libération de Natalia Sokolova et d’Igor Vyshnevskii, arrestations de Dmitrii Tikhonov, Arman Ozhaubaev et Tamara Sergazieva, fausse rumeur sur Vadim Kuramshin, 52 accusés de Zhanaozen menacés de peines jusqu’à 10 ans, convocation de Berik Zhagiparov, manifestation des mineurs de KazakhMys (22 mars), commémoration des 100 jours (24 mars), semaine de solidarité du 19 au 24 mars et sept revendications.',
      issuedOn: '2012-03-19',
      issuedOnPrecision: 'DAY',
    },
  ],

  campaigns: [
    {
      id: 'zhanaozen-2011',
      title: 'Zhanaozen 2011 : justice pour les travailleurs du pétrole',
      summary:
        'Le 16 décembre 2011, jour des vingt ans de l’indépendance du Kazakhstan, la police et l’armée ont ouvert le feu sur une foule de travailleurs du pétrole en grève et d’habitants rassemblés à Janaozen, dans la région de Manguistaou, au terme d’un conflit de travail de plusieurs mois. Les premières données faisaient état de plusieurs dizaines de tués et de centaines de blessés. Les arrestations en masse ont suivi, et l’état d’urgence a été imposé jusqu’au 5 janvier. En mars 2012, le nombre de ceux qui passent en procès était passé de 43 à 52, sous des accusations les menaçant de peines allant jusqu’à 10 ans, tandis que la campagne réclamait la libération de tous ceux arrêtés à Zhanaozen et de tous les prisonniers politiques.',
      startedOn: '2011-12-16',
      startedOnPrecision: 'DAY',
      cite: [
        {
          doc: 'doc-000-zhanaozen-massacre-statements-2011-12-17',
          field: 'date',
          quote: "La date du 16 décembre 2011 qui marquait les vingt ans d'indépendance du Kazakhstan",
        },
        {
          doc: 'doc-000-zhanaozen-massacre-statements-2011-12-17',
          field: 'summary',
          quote:
            "les policiers et 'armée ont ouvert le feu sur une foule de travailleurs non armés dans la ville de Janaozen, au sud du pays",
        },
        {
          doc: 'doc-000-zhanaozen-massacre-statements-2011-12-17',
          field: 'summary',
          quote: 'des données préliminaires parlent déja de plusieurs dizaines de tués et de centaines de blessés',
        },
        {
          doc: 'doc-000-zhanaozen-massacre-statements-2011-12-17',
          field: 'summary',
          quote:
            'Ce massacre nous montre que les autorités sont décidées a réprimer la gréve des travailleurs de Manguistaou par la force sauvage',
        },
        {
          doc: 'doc-000-zhanaozen-massacre-statements-2011-12-17',
          field: 'summary',
          quote: 'plutét que résoudre un conflit de travail qui dure depuis sept mois',
        },
        {
          doc: 'doc-001-cio-attaque-brutale-2011-12-17',
          field: 'summary',
          quote: 'Les participants aux actions de ce vendredi sont arrêtés en masse',
        },
        {
          doc: 'doc-001-cio-attaque-brutale-2011-12-17',
          field: 'summary',
          quote: 'Le président Nazarbayev a imposé l’état d’urgence dans la ville jusqu’au 5 janvier',
        },
        {
          doc: 'doc-004-campaign-update-2012-03-19',
          field: 'summary',
          quote:
            'Le nombre de ceux qui passent en procès est passé de 43 à 52, sous des accusations qui les menacent de sentences jusqu’à 10 ans.',
        },
        {
          doc: 'doc-004-campaign-update-2012-03-19',
          field: 'summary',
          quote: 'La libération de tous ceux arrêtés à Zhanaozen',
        },
      ],
    },
    {
      id: 'january-2022',
      title: 'Soulèvement de janvier 2022',
      summary:
        'Le 2 janvier 2022, à Zhanaozen, la population est descendue dans la rue pour exiger l’arrêt de la hausse des prix. Les manifestations se sont rapidement propagées à d’autres grandes villes et, le 3 janvier, toute la région de Mangistau a été engloutie par une grève générale. Le 6 janvier, des militaires de Russie, de Biélorussie et d’Arménie ont été envoyés au Kazakhstan ; des dizaines de personnes auraient été tuées et plus de 2 000 emprisonnées. La Ligue socialiste internationale et le Mouvement socialiste du Kazakhstan exigent notamment le retrait des troupes des villes et la libération de tous les prisonniers et détenus politiques.',
      startedOn: '2022-01-02',
      startedOnPrecision: 'DAY',
      cite: [
        {
          doc: 'doc-002-lsi-non-a-la-repression-2022-01',
          field: 'date',
          quote: 'Le 2 janvier dernier, dans la ville de Zhanaozen',
          note: '« Le 2 janvier dernier » dans une déclaration datée de janvier 2022 : 2 janvier 2022.',
        },
        {
          doc: 'doc-002-lsi-non-a-la-repression-2022-01',
          field: 'summary',
          quote: 'les gens sont descendus dans la rue pour exiger l’arrêt de la hausse des prix',
        },
        {
          doc: 'doc-002-lsi-non-a-la-repression-2022-01',
          field: 'summary',
          quote: 'Les manifestations se sont rapidement propagées à d’autres grandes villes du pays',
        },
        {
          doc: 'doc-003-msk-soulevement-2022-01',
          field: 'summary',
          quote: 'le 3 janvier, toute la région de Mangistau a été engloutie par une grève générale',
        },
        {
          doc: 'doc-002-lsi-non-a-la-repression-2022-01',
          field: 'summary',
          quote: 'Et le 6 janvier, des militaires de Russie, de Biélorussie et d’Arménie ont été envoyés au Kazakhstan.',
        },
        {
          doc: 'doc-002-lsi-non-a-la-repression-2022-01',
          field: 'summary',
          quote:
            'Des dizaines de personnes auraient été tuées, des centaines ont été blessées et plus de 2 000 ont été emprisonnées',
        },
        {
          doc: 'doc-002-lsi-non-a-la-repression-2022-01',
          field: 'summary',
          quote: 'Libération de tous les prisonniers et détenus politiques !',
        },
        {
          doc: 'doc-003-msk-soulevement-2022-01',
          field: 'summary',
          quote: 'La libération de tous les prisonniers et détenus politiques !',
        },
      ],
    },
  ],

  cases: [
    {
      id: 'vadim-kuramshin',
      kind: 'PERSON',
      name: 'Vadim Kuramshin',
      aliases: [
        { alias: 'Kuramshin', language: 'fr' },
        { alias: 'Vadim Kouramchine', language: 'fr' },
        { alias: 'Kouramchine', language: 'fr' },
        { alias: 'Вадим Курамшин', language: 'ru' },
        { alias: 'Курамшин', language: 'ru' },
      ],
      summary:
        'Toujours incarcéré au Sud du Kazakhstan en mars 2012. Le 18 mars 2012, des rumeurs ont prétendu qu’il s’était suicidé ; des sympathisants lui ont rendu visite le lendemain et l’ont trouvé plein d’esprit. Son procès devait commencer autour du 22 mars 2012.',
      campaign: 'zhanaozen-2011',
      placeOfDetention: 'Sud du Kazakhstan',
      cite: [
        {
          doc: 'doc-004-campaign-update-2012-03-19',
          field: 'placeOfDetention',
          quote: 'Vadim Kuramshin, toujours incarcéré au Sud du Kazakhstan',
        },
        {
          doc: 'doc-004-campaign-update-2012-03-19',
          field: 'summary',
          quote:
            'Des sympathisants lui ont rendu visite aujourd’hui et l’ont trouvé plein d’esprit, ne voulant sûrement pas qu’on se serve de lui aussi facilement.',
        },
      ],
    },
    {
      id: 'natalia-sokolova',
      kind: 'PERSON',
      name: 'Natalia Sokolova',
      aliases: [
        { alias: 'Sokolova', language: 'fr' },
        { alias: 'Natalya Sokolova', language: 'en' },
        { alias: 'Наталья Соколова', language: 'ru' },
      ],
      summary:
        'L’une des deux victimes de la répression les plus connues. La cour suprême du Kazakhstan a annoncé sa libération et la réduction de sa peine de 6 ans, après 6 mois purgés, 3 ou 4 jours avant la résolution du Parlement européen condamnant la répression à Zhanaozen.',
      campaign: 'zhanaozen-2011',
      sentence: '6 ans, réduite par la cour suprême après 6 mois purgés',
      cite: [
        {
          doc: 'doc-004-campaign-update-2012-03-19',
          field: 'sentence',
          quote: 'la réduction de sa peine de 6 ans, après avoir purgé 6 mois',
        },
        {
          doc: 'doc-004-campaign-update-2012-03-19',
          field: 'summary',
          quote: 'la libération de deux des victimes de la répression les plus connues, Sokolova et Vyshnevskii',
        },
        {
          doc: 'doc-004-campaign-update-2012-03-19',
          field: 'summary',
          quote:
            'La résolution qui “condamne fermement la répression brutale des manifestants de Zhanaozen par les forces de police” a été adoptée au Parlement Européen',
        },
      ],
    },
    {
      id: 'igor-vyshnevskii',
      kind: 'PERSON',
      name: 'Igor Vyshnevskii',
      aliases: [
        { alias: 'Vyshnevskii', language: 'fr' },
        { alias: 'Igor Vychnevski', language: 'fr' },
      ],
      summary:
        'Éditeur du journal d’opposition « Vzglyad », l’une des deux victimes de la répression les plus connues. Libéré au lendemain du débat du Parlement européen sur la répression à Zhanaozen.',
      role: 'éditeur du journal d’opposition « Vzglyad »',
      campaign: 'zhanaozen-2011',
      cite: [
        {
          doc: 'doc-004-campaign-update-2012-03-19',
          field: 'role',
          quote: 'Igor Vyshnevskii, éditeur du journal d’opposition « Vzglyad »',
        },
        {
          doc: 'doc-004-campaign-update-2012-03-19',
          field: 'summary',
          quote: 'la libération de deux des victimes de la répression les plus connues, Sokolova et Vyshnevskii',
        },
      ],
    },
    {
      id: 'dmitrii-tikhonov',
      kind: 'PERSON',
      name: 'Dmitrii Tikhonov',
      aliases: [
        { alias: 'Dimitrii Tikhonov', language: 'fr' },
        { alias: 'Dmitri Tikhonov', language: 'fr' },
        { alias: 'Dmitry Tikhonov', language: 'en' },
        { alias: 'Дмитрий Тихонов', language: 'ru' },
      ],
      summary:
        'Jeune militant du Mouvement socialiste du Kazakhstan, arrêté le jeudi 15 mars 2012 par les huissiers de la Cour sous le prétexte du non-paiement d’amendes de plusieurs centaines de dollars reçues après une action en soutien à la grève de Zhanaozen. Sans sanction ni mandat légal, les huissiers lui ont retiré ses chaussures, ont volé son téléphone portable et ont menacé sa famille.',
      role: 'jeune militant du Mouvement socialiste du Kazakhstan',
      organisation: 'mouvement-socialiste-du-kazakhstan',
      campaign: 'zhanaozen-2011',
      charges:
        'Amendes de plusieurs centaines de dollars après avoir pris part à une action en soutien à la grève de Zhanaozen ; arrêté par les huissiers de la Cour sous le prétexte du non-paiement de ces amendes',
      cite: [
        {
          doc: 'doc-004-campaign-update-2012-03-19',
          field: 'organisation',
          quote: 'de jeunes militants du Mouvement Socialiste Kazakjstan ont été arrêtés',
        },
        {
          doc: 'doc-004-campaign-update-2012-03-19',
          field: 'role',
          quote: 'de jeunes militants du Mouvement Socialiste Kazakjstan',
        },
        {
          doc: 'doc-004-campaign-update-2012-03-19',
          field: 'charges',
          quote:
            'Dmitrii Tikhonov et Arman Ozhaubaev ont reçu des amendes de plusieurs centaines de dollars après avoir pris part à une action en soutien à la grève de Zhanaozen.',
        },
        {
          doc: 'doc-004-campaign-update-2012-03-19',
          field: 'charges',
          quote: 'arrêtés par les huissiers de la Cour sous le prétexte du non-paiement d’amendes',
        },
        {
          doc: 'doc-004-campaign-update-2012-03-19',
          field: 'summary',
          quote:
            'Sans sanction ni mandat légal, les huissiers leur ont retiré leurs chaussures, volé leurs téléphones portables, et menacé la famille de Dimitrii que si l’amende n’était pas payée, ils auraient des problèmes.',
        },
      ],
    },
    {
      id: 'arman-ozhaubaev',
      kind: 'PERSON',
      name: 'Arman Ozhaubaev',
      aliases: [
        { alias: 'Ozhaubaev', language: 'fr' },
        { alias: 'Arman Ojaoubaev', language: 'fr' },
        { alias: 'Arman Ozhaubayev', language: 'en' },
        { alias: 'Арман Ожаубаев', language: 'ru' },
      ],
      summary:
        'Jeune militant du Mouvement socialiste du Kazakhstan, arrêté le jeudi 15 mars 2012 par les huissiers de la Cour sous le prétexte du non-paiement d’amendes de plusieurs centaines de dollars reçues après une action en soutien à la grève de Zhanaozen. Sans sanction ni mandat légal, les huissiers lui ont retiré ses chaussures et ont volé son téléphone portable.',
      role: 'jeune militant du Mouvement socialiste du Kazakhstan',
      organisation: 'mouvement-socialiste-du-kazakhstan',
      campaign: 'zhanaozen-2011',
      charges:
        'Amendes de plusieurs centaines de dollars après avoir pris part à une action en soutien à la grève de Zhanaozen ; arrêté par les huissiers de la Cour sous le prétexte du non-paiement de ces amendes',
      cite: [
        {
          doc: 'doc-004-campaign-update-2012-03-19',
          field: 'organisation',
          quote: 'de jeunes militants du Mouvement Socialiste Kazakjstan ont été arrêtés',
        },
        {
          doc: 'doc-004-campaign-update-2012-03-19',
          field: 'role',
          quote: 'de jeunes militants du Mouvement Socialiste Kazakjstan',
        },
        {
          doc: 'doc-004-campaign-update-2012-03-19',
          field: 'charges',
          quote:
            'Dmitrii Tikhonov et Arman Ozhaubaev ont reçu des amendes de plusieurs centaines de dollars après avoir pris part à une action en soutien à la grève de Zhanaozen.',
        },
        {
          doc: 'doc-004-campaign-update-2012-03-19',
          field: 'charges',
          quote: 'arrêtés par les huissiers de la Cour sous le prétexte du non-paiement d’amendes',
        },
        {
          doc: 'doc-004-campaign-update-2012-03-19',
          field: 'summary',
          quote: 'Sans sanction ni mandat légal, les huissiers leur ont retiré leurs chaussures, volé leurs téléphones portables',
        },
      ],
    },
    {
      id: 'tamara-sergazieva',
      kind: 'PERSON',
      name: 'Tamara Sergazieva',
      aliases: [
        { alias: 'Sergazieva', language: 'fr' },
        { alias: 'Tamara Sergaziyeva', language: 'en' },
        { alias: 'Тамара Сергазиева', language: 'ru' },
      ],
      summary:
        'Femme d’un des travailleurs du pétrole arrêtés, elle a elle-même été arrêtée la semaine du 12 mars 2012 après avoir été surprise à distribuer des tracts à Zhanaozen pour exiger que les policiers responsables de la torture soient traduits en justice.',
      role: 'femme d’un des travailleurs du pétrole arrêtés',
      campaign: 'zhanaozen-2011',
      cite: [
        {
          doc: 'doc-004-campaign-update-2012-03-19',
          field: 'role',
          quote: 'Tamara Sergazieva, la femme d’un des travailleurs du pétrole arrêtés',
        },
        {
          doc: 'doc-004-campaign-update-2012-03-19',
          field: 'summary',
          quote:
            'a elle-même été arrêtée après avoir été surprise à distribuer des tracts à Zhanaozen pour exiger que les policiers responsables de la torture soient traduits en justice.',
        },
      ],
    },
    {
      id: 'berik-zhagiparov',
      kind: 'PERSON',
      name: 'Berik Zhagiparov',
      aliases: [
        { alias: 'Zhagiparov', language: 'fr' },
        { alias: 'Berik Jaguiparov', language: 'fr' },
        { alias: 'Berik Zhagyparov', language: 'en' },
        { alias: 'Берик Жагипаров', language: 'ru' },
      ],
      summary:
        'Organisateur de la manifestation que préparent pour le 22 mars 2012 les mineurs de KazakhMys (centre du Kazakhstan). Les autorités ont refusé d’officialiser la manifestation et l’ont appelé pour un interrogatoire.',
      role: 'organisateur de la manifestation des mineurs de KazakhMys du 22 mars 2012',
      campaign: 'zhanaozen-2011',
      cite: [
        {
          doc: 'doc-004-campaign-update-2012-03-19',
          field: 'role',
          quote: 'les travailleurs ne sont pas intimidés et préparent une manifestation le 22 mars',
        },
        {
          doc: 'doc-004-campaign-update-2012-03-19',
          field: 'role',
          quote: 'ont appelé l’organisateur, Berik Zhagiparov, pour un interrogatoire',
        },
        {
          doc: 'doc-004-campaign-update-2012-03-19',
          field: 'summary',
          quote: 'Les autorités ont refusé d’officialiser la manifestation',
        },
      ],
    },
    {
      id: 'esenbek-ouktechbaev',
      kind: 'PERSON',
      name: 'Esenbek Ouktechbaev',
      aliases: [
        { alias: 'Ouktechbaev', language: 'fr' },
        { alias: 'Esenbek Ukteshbaev', language: 'en' },
        { alias: 'Yesenbek Ukteshbayev', language: 'en' },
        { alias: 'Есенбек Уктешбаев', language: 'ru' },
      ],
      summary:
        'Président du syndicat « Janartoud » et un des leaders du Mouvement socialiste du Kazakhstan, contraint de quitter son pays à la suite des poursuites lancées par les autorités contre les travailleurs du secteur pétrolier en grève dans la région de Manguistaou.',
      role: 'président du syndicat « Janartoud », un des leaders du Mouvement socialiste du Kazakhstan',
      organisation: 'janartoud',
      campaign: 'zhanaozen-2011',
      cite: [
        {
          doc: 'doc-000-zhanaozen-massacre-statements-2011-12-17',
          field: 'role',
          quote:
            'Esenbek Ouktechbaev, président du syndicat « Janartoud » et un des leaders du Mouvement socialiste du Kazakhstan',
        },
        {
          doc: 'doc-000-zhanaozen-massacre-statements-2011-12-17',
          field: 'organisation',
          quote: 'président du syndicat « Janartoud »',
        },
      ],
    },
    {
      id: 'zhanaozen-defendants',
      kind: 'GROUP',
      name: 'Les 52 accusés de Zhanaozen',
      aliases: [
        { alias: 'Accusés de Zhanaozen', language: 'fr' },
        { alias: 'Accusés de Janaozen', language: 'fr' },
        { alias: 'Accusés de Janaözen', language: 'fr' },
        { alias: 'Les 52 de Zhanaozen', language: 'fr' },
        { alias: 'Zhanaozen', language: 'en' },
        { alias: 'Janaozen', language: 'fr' },
        { alias: 'Janaözen', language: 'fr' },
        { alias: 'Zhanaozen defendants', language: 'en' },
        { alias: 'Жанаозен', language: 'ru' },
        { alias: 'Жаңаөзен', language: 'kk' },
      ],
      summary:
        'Personnes arrêtées à Zhanaozen qui passent en procès. Leur nombre est passé de 43 à 52 en mars 2012, sous des accusations qui les menacent de peines allant jusqu’à 10 ans ; d’autres arrestations seraient en cours. Les procès devaient commencer autour du 22 mars 2012.',
      campaign: 'zhanaozen-2011',
      charges: 'Accusations les menaçant de peines allant jusqu’à 10 ans',
      counts: [
        {
          count: 43,
          qualifier: 'EXACT',
          asOf: '2012-03-19',
          asOfPrecision: 'BEFORE',
          cite: [
            {
              doc: 'doc-004-campaign-update-2012-03-19',
              field: 'count',
              quote: 'Le nombre de ceux qui passent en procès est passé de 43 à 52',
              note: 'Nombre antérieur au communiqué du 19 mars 2012 ; la date à laquelle il était de 43 n’est pas donnée.',
            },
          ],
        },
        {
          count: 52,
          qualifier: 'EXACT',
          asOf: '2012-03-19',
          asOfPrecision: 'DAY',
          cite: [
            {
              doc: 'doc-004-campaign-update-2012-03-19',
              field: 'count',
              quote: 'Le nombre de ceux qui passent en procès est passé de 43 à 52',
              note: 'Nombre à la date du communiqué (19 mars 2012).',
            },
          ],
        },
      ],
      cite: [
        {
          doc: 'doc-004-campaign-update-2012-03-19',
          field: 'charges',
          quote: 'sous des accusations qui les menacent de sentences jusqu’à 10 ans',
        },
        {
          doc: 'doc-004-campaign-update-2012-03-19',
          field: 'summary',
          quote: 'Il semblerait qu’encore plus de personnes seraient en train d’être arrêtées.',
        },
      ],
    },
    {
      id: 'january-2022-detainees',
      kind: 'GROUP',
      name: 'Les personnes emprisonnées lors du soulèvement de janvier 2022',
      aliases: [
        { alias: 'Détenus de janvier 2022', language: 'fr' },
        { alias: 'January 2022 detainees', language: 'en' },
      ],
      summary:
        'Plus de 2 000 personnes ont été emprisonnées dans des opérations « antiterroristes » lors de la répression du soulèvement de janvier 2022.',
      campaign: 'january-2022',
      counts: [
        {
          count: 2000,
          qualifier: 'MORE_THAN',
          asOf: '2022-01-01',
          asOfPrecision: 'MONTH',
          cite: [
            {
              doc: 'doc-002-lsi-non-a-la-repression-2022-01',
              field: 'count',
              quote: 'plus de 2 000 ont été emprisonnées dans des opérations « antiterroristes »',
              note: 'Chiffre donné dans une déclaration datée de janvier 2022.',
            },
          ],
        },
      ],
      cite: [
        {
          doc: 'doc-002-lsi-non-a-la-repression-2022-01',
          field: 'summary',
          quote: 'plus de 2 000 ont été emprisonnées dans des opérations « antiterroristes »',
        },
      ],
    },
  ],

  updates,

  demands: [
    // Document 002 — Ligue socialiste internationale
    {
      id: 'lsi-2022-terreur-doit-cesser',
      kind: 'DEMAND',
      text: 'La terreur du régime doit cesser, les troupes doivent se retirer des villes !',
      issuedBy: 'ligue-socialiste-internationale',
      campaign: 'january-2022',
      doc: 'doc-002-lsi-non-a-la-repression-2022-01',
      position: 1,
      status: 'PENDING',
      cite: [
        {
          doc: 'doc-002-lsi-non-a-la-repression-2022-01',
          field: 'text',
          quote: 'La terreur du régime doit cesser, les troupes doivent se retirer des villes !',
        },
      ],
    },
    {
      id: 'lsi-2022-a-bas-le-regime',
      kind: 'DEMAND',
      text: 'A bas le régime ! Démission de tous les complices de Nazarbayev, dont le président Tokayev !',
      issuedBy: 'ligue-socialiste-internationale',
      campaign: 'january-2022',
      doc: 'doc-002-lsi-non-a-la-repression-2022-01',
      position: 2,
      status: 'PENDING',
      cite: [
        {
          doc: 'doc-002-lsi-non-a-la-repression-2022-01',
          field: 'text',
          quote: 'A bas le régime ! Démission de tous les complices de Nazarbayev, dont le président Tokayev !',
        },
      ],
    },
    {
      id: 'lsi-2022-expropriation-des-oligarques',
      kind: 'DEMAND',
      text: 'Expropriation des biens des oligarques sous le contrôle des ouvriers !',
      issuedBy: 'ligue-socialiste-internationale',
      campaign: 'january-2022',
      doc: 'doc-002-lsi-non-a-la-repression-2022-01',
      position: 3,
      status: 'PENDING',
      cite: [
        {
          doc: 'doc-002-lsi-non-a-la-repression-2022-01',
          field: 'text',
          quote: 'Expropriation des biens des oligarques sous le contrôle des ouvriers !',
        },
      ],
    },
    {
      id: 'lsi-2022-liberation-des-prisonniers-politiques',
      kind: 'DEMAND',
      text: 'Libération de tous les prisonniers et détenus politiques !',
      issuedBy: 'ligue-socialiste-internationale',
      campaign: 'january-2022',
      doc: 'doc-002-lsi-non-a-la-repression-2022-01',
      position: 4,
      status: 'PENDING',
      cases: ['january-2022-detainees'],
      cite: [
        {
          doc: 'doc-002-lsi-non-a-la-repression-2022-01',
          field: 'text',
          quote: 'Libération de tous les prisonniers et détenus politiques !',
        },
      ],
    },
    {
      id: 'lsi-2022-droits-politiques',
      kind: 'DEMAND',
      text: 'Tous les droits politiques doivent être garantis, y compris la formation de syndicats et de partis politiques, la tenue de grèves et de réunions !',
      issuedBy: 'ligue-socialiste-internationale',
      campaign: 'january-2022',
      doc: 'doc-002-lsi-non-a-la-repression-2022-01',
      position: 5,
      status: 'PENDING',
      cite: [
        {
          doc: 'doc-002-lsi-non-a-la-repression-2022-01',
          field: 'text',
          quote:
            'Tous les droits politiques doivent être garantis, y compris la formation de syndicats et de partis politiques, la tenue de grèves et de réunions !',
        },
      ],
    },
    {
      id: 'lsi-2022-appel-organisations-internationales',
      kind: 'CALL_TO_ACTION',
      text: 'Nous appelons toutes les organisations internationales de travailleurs à soutenir la protestation populaire au Kazakhstan !',
      issuedBy: 'ligue-socialiste-internationale',
      campaign: 'january-2022',
      doc: 'doc-002-lsi-non-a-la-repression-2022-01',
      position: 2,
      status: 'PENDING',
      cite: [
        {
          doc: 'doc-002-lsi-non-a-la-repression-2022-01',
          field: 'text',
          quote:
            'Nous appelons toutes les organisations internationales de travailleurs à soutenir la protestation populaire au Kazakhstan !',
        },
      ],
    },
    {
      id: 'lsi-2022-appel-greve-generale',
      kind: 'CALL_TO_ACTION',
      text: 'Les travailleurs doivent organiser une grève générale, des conseils ouvriers et des comités d’autodéfense.',
      issuedBy: 'ligue-socialiste-internationale',
      campaign: 'january-2022',
      doc: 'doc-002-lsi-non-a-la-repression-2022-01',
      position: 1,
      status: 'PENDING',
      cite: [
        {
          doc: 'doc-002-lsi-non-a-la-repression-2022-01',
          field: 'text',
          quote: 'Les travailleurs doivent organiser une grève générale, des conseils ouvriers et des comités d’autodéfense.',
        },
      ],
    },

    // Document 003 — Mouvement socialiste du Kazakhstan
    {
      id: 'msk-2022-cessation-des-hostilites',
      kind: 'DEMAND',
      text: 'Une cessation immédiate des hostilités contre le peuple et le retrait des troupes des villes !',
      issuedBy: 'mouvement-socialiste-du-kazakhstan',
      campaign: 'january-2022',
      doc: 'doc-003-msk-soulevement-2022-01',
      position: 1,
      status: 'PENDING',
      cite: [
        {
          doc: 'doc-003-msk-soulevement-2022-01',
          field: 'text',
          quote: 'Une cessation immédiate des hostilités contre le peuple et le retrait des troupes des villes !',
        },
      ],
    },
    {
      id: 'msk-2022-demission-des-responsables',
      kind: 'DEMAND',
      text: 'La démission immédiate de tous les responsables de Nazarbayev, dont le président Tokayev !',
      issuedBy: 'mouvement-socialiste-du-kazakhstan',
      campaign: 'january-2022',
      doc: 'doc-003-msk-soulevement-2022-01',
      position: 2,
      status: 'PENDING',
      cite: [
        {
          doc: 'doc-003-msk-soulevement-2022-01',
          field: 'text',
          quote: 'La démission immédiate de tous les responsables de Nazarbayev, dont le président Tokayev !',
        },
      ],
    },
    {
      id: 'msk-2022-liberation-des-prisonniers-politiques',
      kind: 'DEMAND',
      text: 'La libération de tous les prisonniers et détenus politiques !',
      issuedBy: 'mouvement-socialiste-du-kazakhstan',
      campaign: 'january-2022',
      doc: 'doc-003-msk-soulevement-2022-01',
      position: 3,
      status: 'PENDING',
      cases: ['january-2022-detainees'],
      cite: [
        {
          doc: 'doc-003-msk-soulevement-2022-01',
          field: 'text',
          quote: 'La libération de tous les prisonniers et détenus politiques !',
        },
      ],
    },
    {
      id: 'msk-2022-droit-syndicats-partis-greves',
      kind: 'DEMAND',
      text: "Le droit de créer des syndicats, des partis politiques, d'organiser des grèves et des réunions !",
      issuedBy: 'mouvement-socialiste-du-kazakhstan',
      campaign: 'january-2022',
      doc: 'doc-003-msk-soulevement-2022-01',
      position: 4,
      status: 'PENDING',
      cite: [
        {
          doc: 'doc-003-msk-soulevement-2022-01',
          field: 'text',
          quote: "Le droit de créer des syndicats, des partis politiques, d'organiser des grèves et des réunions !",
        },
      ],
    },
    {
      id: 'msk-2022-legalisation-pck-et-msk',
      kind: 'DEMAND',
      text: 'La légalisation des activités du Parti communiste du Kazakhstan interdit et du Mouvement socialiste du Kazakhstan !',
      issuedBy: 'mouvement-socialiste-du-kazakhstan',
      campaign: 'january-2022',
      doc: 'doc-003-msk-soulevement-2022-01',
      position: 5,
      status: 'PENDING',
      cite: [
        {
          doc: 'doc-003-msk-soulevement-2022-01',
          field: 'text',
          quote:
            'La légalisation des activités du Parti communiste du Kazakhstan interdit et du Mouvement socialiste du Kazakhstan !',
        },
      ],
    },
    {
      id: 'msk-2022-appel-nationalisation-industrie-miniere',
      kind: 'CALL_TO_ACTION',
      text: "Nous appelons tous les travailleurs-travailleuses du pays à mettre en pratique la demande des travailleurs-travailleuses du pétrole de Zhanaozen - de nationaliser, sous le contrôle des collectifs de travail, l'ensemble de l'industrie minière et à l'échelle du pays !",
      issuedBy: 'mouvement-socialiste-du-kazakhstan',
      campaign: 'january-2022',
      doc: 'doc-003-msk-soulevement-2022-01',
      position: 1,
      status: 'PENDING',
      cite: [
        {
          doc: 'doc-003-msk-soulevement-2022-01',
          field: 'text',
          quote:
            "Nous appelons tous les travailleurs-travailleuses du pays à mettre en pratique la demande des travailleurs-travailleuses du pétrole de Zhanaozen - de nationaliser, sous le contrôle des collectifs de travail, l'ensemble de l'industrie minière et à l'échelle du pays !",
        },
      ],
    },

    // Document 004 — Campaign Kazakhstan, « Nous demandons: »
    {
      id: 'ck-2012-liberation-arretes-zhanaozen',
      kind: 'DEMAND',
      text: 'La libération de tous ceux arrêtés à Zhanaozen',
      issuedBy: 'campaign-kazakhstan',
      campaign: 'zhanaozen-2011',
      doc: 'doc-004-campaign-update-2012-03-19',
      position: 1,
      status: 'PENDING',
      cases: ['zhanaozen-defendants', 'tamara-sergazieva'],
      cite: [
        {
          doc: 'doc-004-campaign-update-2012-03-19',
          field: 'text',
          quote: 'La libération de tous ceux arrêtés à Zhanaozen',
        },
      ],
    },
    {
      id: 'ck-2012-liberation-prisonniers-politiques',
      kind: 'DEMAND',
      text: 'La libération de tous les prisonniers politiques du Kazakhstan',
      issuedBy: 'campaign-kazakhstan',
      campaign: 'zhanaozen-2011',
      doc: 'doc-004-campaign-update-2012-03-19',
      position: 2,
      status: 'PENDING',
      cases: ['vadim-kuramshin', 'dmitrii-tikhonov', 'arman-ozhaubaev', 'tamara-sergazieva', 'zhanaozen-defendants'],
      cite: [
        {
          doc: 'doc-004-campaign-update-2012-03-19',
          field: 'text',
          quote: 'La libération de tous les prisonniers politiques du Kazakhstan',
        },
      ],
    },
    {
      id: 'ck-2012-abandon-des-charges',
      kind: 'DEMAND',
      text: "L'abandon des charges contre eux",
      issuedBy: 'campaign-kazakhstan',
      campaign: 'zhanaozen-2011',
      doc: 'doc-004-campaign-update-2012-03-19',
      position: 3,
      status: 'PENDING',
      cases: ['vadim-kuramshin', 'dmitrii-tikhonov', 'arman-ozhaubaev', 'tamara-sergazieva', 'zhanaozen-defendants'],
      cite: [
        {
          doc: 'doc-004-campaign-update-2012-03-19',
          field: 'text',
          quote: "L'abandon des charges contre eux",
        },
      ],
    },
    {
      id: 'ck-2012-fin-de-la-repression',
      kind: 'DEMAND',
      text: "La fin de la répression d'Etat",
      issuedBy: 'campaign-kazakhstan',
      campaign: 'zhanaozen-2011',
      doc: 'doc-004-campaign-update-2012-03-19',
      position: 4,
      status: 'PENDING',
      cite: [
        {
          doc: 'doc-004-campaign-update-2012-03-19',
          field: 'text',
          quote: "La fin de la répression d'Etat",
        },
      ],
    },
    {
      id: 'ck-2012-victoire-travailleurs-kazakhmys',
      kind: 'DEMAND',
      text: 'La victoire des travailleurs de « KazakhMys »',
      issuedBy: 'campaign-kazakhstan',
      campaign: 'zhanaozen-2011',
      doc: 'doc-004-campaign-update-2012-03-19',
      position: 5,
      status: 'PENDING',
      cite: [
        {
          doc: 'doc-004-campaign-update-2012-03-19',
          field: 'text',
          quote: 'La victoire des travailleurs de « KazakhMys »',
        },
      ],
    },
    {
      id: 'ck-2012-fin-des-accords-multinationales',
      kind: 'DEMAND',
      text: 'La fin des accords entre les multinationales et le régime autoritaire de Nursultan Nazarbaev',
      issuedBy: 'campaign-kazakhstan',
      campaign: 'zhanaozen-2011',
      doc: 'doc-004-campaign-update-2012-03-19',
      position: 6,
      status: 'PENDING',
      cite: [
        {
          doc: 'doc-004-campaign-update-2012-03-19',
          field: 'text',
          quote: 'La fin des accords entre les multinationales et le régime autoritaire de Nursultan Nazarbaev',
        },
      ],
    },
    {
      id: 'ck-2012-demission-gouvernement-et-president',
      kind: 'DEMAND',
      text: 'La démission du gouvernement et du président',
      issuedBy: 'campaign-kazakhstan',
      campaign: 'zhanaozen-2011',
      doc: 'doc-004-campaign-update-2012-03-19',
      position: 7,
      status: 'PENDING',
      cite: [
        {
          doc: 'doc-004-campaign-update-2012-03-19',
          field: 'text',
          quote: 'La démission du gouvernement et du président',
        },
      ],
    },
    {
      id: 'ck-2012-appel-semaine-de-solidarite',
      kind: 'CALL_TO_ACTION',
      text: 'Campaign Kazakhstan appelle au plus de soutien possible durant la semaine de solidarité prévue du 19 au 24 mars.',
      issuedBy: 'campaign-kazakhstan',
      campaign: 'zhanaozen-2011',
      doc: 'doc-004-campaign-update-2012-03-19',
      position: 1,
      status: 'PENDING',
      cite: [
        {
          doc: 'doc-004-campaign-update-2012-03-19',
          field: 'text',
          quote: 'Campaign Kazakhstan appelle au plus de soutien possible durant la semaine de solidarité prévue du 19 au 24 mars.',
        },
      ],
    },

    // Document 000 — Déclaration du Mouvement socialiste du Kazakhstan (calls to action)
    {
      id: 'msk-2011-appel-defense-des-camarades',
      kind: 'CALL_TO_ACTION',
      text: 'Nous appelons tous les citoyen-NE-s du pays et les travailleurs/euses du Kazakhstan a prendre la défense de leurs camarades qui sont en train de se faire tuer et a montrer leur désaccord aux autorités.',
      issuedBy: 'mouvement-socialiste-du-kazakhstan',
      campaign: 'zhanaozen-2011',
      doc: 'doc-000-zhanaozen-massacre-statements-2011-12-17',
      position: 1,
      status: 'PENDING',
      cite: [
        {
          doc: 'doc-000-zhanaozen-massacre-statements-2011-12-17',
          field: 'text',
          quote:
            'Nous appelons tous les citoyen-NE-s du pays et les travailleurs/euses du Kazakhstan a prendre la défense de leurs camarades qui sont en train de se faire tuer et a montrer leur désaccord aux autorités.',
        },
      ],
    },
    {
      id: 'msk-2011-appel-greve-generale-desobeissance-civile',
      kind: 'CALL_TO_ACTION',
      text: 'Nous appelons a la greve générale et a des actions de désobéissance civile.',
      issuedBy: 'mouvement-socialiste-du-kazakhstan',
      campaign: 'zhanaozen-2011',
      doc: 'doc-000-zhanaozen-massacre-statements-2011-12-17',
      position: 2,
      status: 'PENDING',
      cite: [
        {
          doc: 'doc-000-zhanaozen-massacre-statements-2011-12-17',
          field: 'text',
          quote: 'Nous appelons a la greve générale et a des actions de désobéissance civile.',
        },
      ],
    },
    {
      id: 'msk-2011-appel-boycott-elections-parlementaires',
      kind: 'CALL_TO_ACTION',
      text: 'Nous appelons également les Kazakhstanais-ES a boycotter les élections parlementaires en signe de protestation contre ce massacre perpétré contre les travailleurs du pétrole de Janaozen.',
      issuedBy: 'mouvement-socialiste-du-kazakhstan',
      campaign: 'zhanaozen-2011',
      doc: 'doc-000-zhanaozen-massacre-statements-2011-12-17',
      position: 3,
      status: 'PENDING',
      cite: [
        {
          doc: 'doc-000-zhanaozen-massacre-statements-2011-12-17',
          field: 'text',
          quote:
            'Nous appelons également les Kazakhstanais-ES a boycotter les élections parlementaires en signe de protestation contre ce massacre perpétré contre les travailleurs du pétrole de Janaozen.',
        },
      ],
    },
    {
      id: 'msk-2011-appel-actions-representations-diplomatiques',
      kind: 'CALL_TO_ACTION',
      text: 'Nous demandons également aux organisations de gauche, aux syndicats et aux organisations de travailleurs a travers le monde d’exprimer leur désaccord et de mener des actions devant les représentations diplomatiques du Kazakhstan.',
      issuedBy: 'mouvement-socialiste-du-kazakhstan',
      campaign: 'zhanaozen-2011',
      doc: 'doc-000-zhanaozen-massacre-statements-2011-12-17',
      position: 4,
      status: 'PENDING',
      cite: [
        {
          doc: 'doc-000-zhanaozen-massacre-statements-2011-12-17',
          field: 'text',
          quote:
            'Nous demandons également aux organisations de gauche, aux syndicats et aux organisations de travailleurs a travers le monde d’exprimer leur désaccord et de mener des actions devant les représentations diplomatiques du Kazakhstan.',
        },
      ],
    },
  ],

  events: [
    {
      id: 'rassemblement-janaozen-2011-12-16',
      kind: 'OTHER',
      title: 'Rassemblement des grévistes sur la place centrale de Janaozen',
      description:
        'Fait rapporté par le Mouvement socialiste du Kazakhstan : le 16 décembre 2011, un rassemblement pacifique réunissait comme prévu les travailleurs du pétrole en grève et la population locale qui les soutenait sur la place centrale de Janaozen ; plus de 5 000 personnes étaient présentes. Selon les représentants des travailleurs en grève, des armes à feu ont été employées contre la foule non armée. Selon le RSD, les policiers et l’armée ont ouvert le feu sur une foule de travailleurs non armés à Janaozen.',
      startsAt: '2011-12-16',
      timeZone: 'Asia/Aqtau',
      allDay: true,
      datePrecision: 'DAY',
      city: 'Janaozen',
      country: 'KZ',
      venue: 'Place centrale',
      campaign: 'zhanaozen-2011',
      cite: [
        {
          doc: 'doc-000-zhanaozen-massacre-statements-2011-12-17',
          field: 'date',
          quote: 'Ce 16 décembre, jour marquant les 20 ans d’\'indépendance du pays, un rassemblement pacifique réunissait',
          note: 'Année : « La date du 16 décembre 2011 qui marquait les vingt ans d\'indépendance du Kazakhstan ».',
        },
        {
          doc: 'doc-000-zhanaozen-massacre-statements-2011-12-17',
          field: 'place',
          quote:
            'les travailleurs du secteur pétrolier en gréve et la population locale les soutenant sur la place centrale de Janaozen',
        },
        {
          doc: 'doc-000-zhanaozen-massacre-statements-2011-12-17',
          field: 'text',
          quote: 'Plus de 5000 personnes étaient présentes',
        },
        {
          doc: 'doc-000-zhanaozen-massacre-statements-2011-12-17',
          field: 'text',
          quote: 'Selon les représentants des travailleurs en gréve, des armes a feu ont été employées contre la foule non armée',
        },
        {
          doc: 'doc-000-zhanaozen-massacre-statements-2011-12-17',
          field: 'text',
          quote:
            "les policiers et 'armée ont ouvert le feu sur une foule de travailleurs non armés dans la ville de Janaozen, au sud du pays",
        },
      ],
    },
    {
      id: 'rassemblements-de-protestation-2011-12-17',
      kind: 'RALLY',
      title: 'Rassemblements de protestation annoncés dans de nombreuses villes du Kazakhstan',
      description:
        'Au lendemain du massacre de Janaozen, le RSD annonce que des rassemblements de protestation auront lieu ce jour-là dans de nombreuses villes du Kazakhstan.',
      startsAt: '2011-12-17',
      timeZone: 'Asia/Almaty',
      allDay: true,
      datePrecision: 'DAY',
      country: 'KZ',
      campaign: 'zhanaozen-2011',
      cite: [
        {
          doc: 'doc-000-zhanaozen-massacre-statements-2011-12-17',
          field: 'text',
          quote: 'Aujourd’hui des rassemblements de protestations auront lieu dans de nombreuses villes du Kazakhstan.',
        },
        {
          doc: 'doc-000-zhanaozen-massacre-statements-2011-12-17',
          field: 'date',
          quote: 'RSD (Mouvement socialiste de Russie),0 17 décembre 2011',
          note: '« Aujourd’hui » dans le communiqué du RSD daté du 17 décembre 2011.',
        },
      ],
    },
    {
      id: 'action-match-belgique-kazakhstan-2011-10-07',
      kind: 'OTHER',
      title: 'Action de solidarité lors du match Belgique–Kazakhstan à Bruxelles',
      description:
        'De pacifiques supporters venus soutenir les travailleurs du pétrole au Kazakhstan et dénoncer la répression sont arrêtés lors du match entre les Diables Rouges et l’équipe du Kazakhstan, le vendredi 7 octobre, à Bruxelles.',
      startsAt: '2011-10-07',
      timeZone: 'Europe/Brussels',
      allDay: true,
      datePrecision: 'DAY',
      city: 'Bruxelles',
      country: 'BE',
      campaign: 'zhanaozen-2011',
      cite: [
        {
          doc: 'doc-001-cio-attaque-brutale-2011-12-17',
          field: 'date',
          quote: 'lors du match de ce vendredi 7 octobre entre les Diables Rouges et l’équipe du Kazakhstan',
          note: 'L’année n’est pas écrite : 2011 est déduite du contexte (encadré d’un article sur les événements de décembre 2011 ; le 7 octobre 2011 était un vendredi).',
        },
        {
          doc: 'doc-001-cio-attaque-brutale-2011-12-17',
          field: 'place',
          quote: 'Belgique : la dictature kazakhe également à l’œuvre à Bruxelles ?',
        },
        {
          doc: 'doc-001-cio-attaque-brutale-2011-12-17',
          field: 'text',
          quote:
            'De pacifiques supporters qui voulaient soutenir les travailleurs du pétrole au Kazakhstan et dénoncer la répression à l’œuvre dans ce pays au régime dictatorial ont implacablement été arrêtés',
        },
      ],
    },
    {
      id: 'semaine-de-solidarite-2012-03-19',
      kind: 'SOLIDARITY_WEEK',
      title: 'Semaine de solidarité avec les travailleurs du Kazakhstan',
      description:
        'Campaign Kazakhstan appelle au plus de soutien possible durant la semaine de solidarité prévue du 19 au 24 mars 2012.',
      startsAt: '2012-03-19',
      endsAt: '2012-03-24',
      timeZone: 'UTC',
      allDay: true,
      datePrecision: 'DAY',
      organiser: 'campaign-kazakhstan',
      campaign: 'zhanaozen-2011',
      demands: ['ck-2012-appel-semaine-de-solidarite'],
      cite: [
        {
          doc: 'doc-004-campaign-update-2012-03-19',
          field: 'date',
          quote: 'durant la semaine de solidarité prévue du 19 au 24 mars',
          note: 'Année : communiqué daté du 19 mars 2012.',
        },
        {
          doc: 'doc-004-campaign-update-2012-03-19',
          field: 'text',
          quote: 'Campaign Kazakhstan appelle au plus de soutien possible durant la semaine de solidarité prévue du 19 au 24 mars.',
        },
      ],
    },
    {
      id: 'proces-zhanaozen-2012-03-22',
      kind: 'OTHER',
      title: 'Début des procès des personnes arrêtées à Zhanaozen et de Vadim Kuramshin',
      description:
        'Selon Campaign Kazakhstan, il paraîtrait que les procès de ceux qui ont été arrêtés à Zhanaozen et celui de Vadim Kuramshin devraient commencer autour du 22 mars 2012. Le lieu des procès n’est pas précisé, et aucune action n’est annoncée à cette occasion.',
      startsAt: '2012-03-22',
      timeZone: 'Asia/Aqtau',
      allDay: true,
      datePrecision: 'APPROXIMATE',
      country: 'KZ',
      campaign: 'zhanaozen-2011',
      cases: ['zhanaozen-defendants', 'vadim-kuramshin'],
      demands: ['ck-2012-liberation-arretes-zhanaozen', 'ck-2012-abandon-des-charges'],
      cite: [
        {
          doc: 'doc-004-campaign-update-2012-03-19',
          field: 'date',
          quote:
            'Il paraîtrait aussi que les procès de ceux qui ont été arrêtés à Zhanaozen et celui de Vadim Kuramshin devraient commencer autour du 22 mars.',
          note: '« autour du 22 mars » : date approximative (2012, d’après la date du communiqué).',
        },
      ],
    },
    {
      id: 'manifestation-mineurs-kazakhmys-2012-03-22',
      kind: 'DEMONSTRATION',
      title: 'Manifestation des mineurs de KazakhMys',
      description:
        'Les travailleurs des mines de KazakhMys, au centre du Kazakhstan, sur le point de faire grève pour leurs salaires, préparent une manifestation le 22 mars 2012 ; son lieu n’est pas précisé. Les autorités ont refusé de l’officialiser et ont appelé son organisateur, Berik Zhagiparov, pour un interrogatoire.',
      startsAt: '2012-03-22',
      timeZone: 'Asia/Almaty',
      allDay: true,
      datePrecision: 'DAY',
      country: 'KZ',
      campaign: 'zhanaozen-2011',
      cases: ['berik-zhagiparov'],
      demands: ['ck-2012-victoire-travailleurs-kazakhmys'],
      cite: [
        {
          doc: 'doc-004-campaign-update-2012-03-19',
          field: 'date',
          quote: 'les travailleurs ne sont pas intimidés et préparent une manifestation le 22 mars',
          note: 'Année : communiqué daté du 19 mars 2012.',
        },
        {
          doc: 'doc-004-campaign-update-2012-03-19',
          field: 'place',
          quote: 'Les travailleurs des mines de « KazakhsMys », au centre du Kazakhstan, sont sur le point de faire grève pour leurs salaires.',
          note: 'Le texte situe les mines au centre du Kazakhstan, sans préciser le lieu de la manifestation.',
        },
        {
          doc: 'doc-004-campaign-update-2012-03-19',
          field: 'text',
          quote: 'Les autorités ont refusé d’officialiser la manifestation et ont appelé l’organisateur, Berik Zhagiparov, pour un interrogatoire.',
        },
      ],
    },
    {
      id: 'commemoration-100-jours-2012-03-24',
      kind: 'COMMEMORATION',
      title: 'Les 100 jours du massacre de Zhanaozen',
      description:
        'Le 24 mars 2012, les militants de tout le Kazakhstan, notamment à Almaty, organisent une série de piquets et de rassemblements pour commémorer le massacre et revendiquer la libération des militants de Zhanaozen qui continuent à être arrêtés.',
      startsAt: '2012-03-24',
      timeZone: 'Asia/Almaty',
      allDay: true,
      datePrecision: 'DAY',
      city: 'Almaty',
      country: 'KZ',
      campaign: 'zhanaozen-2011',
      cases: ['zhanaozen-defendants'],
      demands: ['ck-2012-liberation-arretes-zhanaozen'],
      cite: [
        {
          doc: 'doc-004-campaign-update-2012-03-19',
          field: 'date',
          quote: 'Deux jours plus tard, le 24 mars',
          note: 'Année : communiqué daté du 19 mars 2012.',
        },
        {
          doc: 'doc-004-campaign-update-2012-03-19',
          field: 'place',
          quote: 'les militants de tout le Kazakhstan, notamment à Almata, organisent une série de piquets et de rassemblements',
        },
        {
          doc: 'doc-004-campaign-update-2012-03-19',
          field: 'text',
          quote:
            'pour commémorer l’anniversaire sanglant et pour revendiquer la libération des militants de Zhanaozen qui continuent à être arrêtés.',
        },
      ],
    },
    {
      id: 'manifestation-zhanaozen-2022-01-02',
      kind: 'OTHER',
      title: 'Manifestation contre la hausse des prix à Zhanaozen',
      description:
        'Fait rapporté par la Ligue socialiste internationale : le 2 janvier 2022, à Zhanaozen, les gens sont descendus dans la rue pour exiger l’arrêt de la hausse des prix ; les manifestations se sont rapidement propagées à d’autres grandes villes du pays.',
      startsAt: '2022-01-02',
      timeZone: 'Asia/Aqtau',
      allDay: true,
      datePrecision: 'DAY',
      city: 'Zhanaozen',
      country: 'KZ',
      campaign: 'january-2022',
      cite: [
        {
          doc: 'doc-002-lsi-non-a-la-repression-2022-01',
          field: 'date',
          quote: 'Le 2 janvier dernier, dans la ville de Zhanaozen',
          note: '« Le 2 janvier dernier » dans une déclaration datée de janvier 2022 : 2 janvier 2022.',
        },
        {
          doc: 'doc-002-lsi-non-a-la-repression-2022-01',
          field: 'text',
          quote: 'les gens sont descendus dans la rue pour exiger l’arrêt de la hausse des prix',
        },
        {
          doc: 'doc-002-lsi-non-a-la-repression-2022-01',
          field: 'text',
          quote: 'Les manifestations se sont rapidement propagées à d’autres grandes villes du pays',
        },
      ],
    },
    {
      id: 'greve-generale-mangistau-2022-01-03',
      kind: 'OTHER',
      title: 'Grève générale dans la région de Mangistau',
      description:
        'Fait rapporté par le Mouvement socialiste du Kazakhstan : le 3 janvier 2022, toute la région de Mangistau a été engloutie par une grève générale, qui s’est étendue à la région voisine d’Atyrau.',
      startsAt: '2022-01-03',
      timeZone: 'Asia/Aqtau',
      allDay: true,
      datePrecision: 'DAY',
      country: 'KZ',
      venue: 'Région de Mangistau',
      campaign: 'january-2022',
      cite: [
        {
          doc: 'doc-003-msk-soulevement-2022-01',
          field: 'date',
          quote:
            "le 3 janvier, toute la région de Mangistau a été engloutie par une grève générale, qui s'est étendue à la région voisine d'Atyrau.",
          note: 'Année : janvier 2022, d’après le contexte (soulèvement de janvier 2022).',
        },
        {
          doc: 'doc-003-msk-soulevement-2022-01',
          field: 'place',
          quote: 'toute la région de Mangistau a été engloutie par une grève générale',
        },
        {
          doc: 'doc-003-msk-soulevement-2022-01',
          field: 'text',
          quote:
            "le 3 janvier, toute la région de Mangistau a été engloutie par une grève générale, qui s'est étendue à la région voisine d'Atyrau.",
        },
      ],
    },
  ],
} satisfies SeedRecord;
