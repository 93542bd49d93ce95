BEGIN TRANSACTION;
CREATE TABLE "Bewoners" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Bewoners" PRIMARY KEY AUTOINCREMENT,
    "Naam" TEXT NOT NULL,
    "Email" TEXT NULL,
    "Telefoon" TEXT NULL,
    "Postcode" TEXT NULL,
    "AangemaaktOp" TEXT NOT NULL
);
INSERT INTO "Bewoners" VALUES(46,'Sem Bosch','Sem_Bosch@example.nl',NULL,'5367 RD','2024-11-15 00:00:00');
INSERT INTO "Bewoners" VALUES(95,'Rick Jansen','Rick23@example.nl',NULL,'5348 DD','2026-04-10 00:00:00');
INSERT INTO "Bewoners" VALUES(107,'Tom Beek','Tom.Beek52@example.nl','06-84598177','5346 SB','2026-10-19 00:00:00');
INSERT INTO "Bewoners" VALUES(126,'Johannes Vermeulen','Johannes96@example.nl',NULL,'5389 CN','2026-04-09 00:00:00');
INSERT INTO "Bewoners" VALUES(134,'Sem Vliet','Sem80@example.nl',NULL,'5389 PL','2025-01-02 00:00:00');
INSERT INTO "Bewoners" VALUES(156,'Amber Graaf',NULL,'06-86224534','5349 KR','2024-12-01 00:00:00');
INSERT INTO "Bewoners" VALUES(197,'Roos Brink','Roos_Brink63@example.nl','06-63621225','5344 AG','2025-11-08 00:00:00');
INSERT INTO "Bewoners" VALUES(220,'Britt Wal','Britt_Wal@example.nl','06-92850719','5382 PS','2026-03-17 00:00:00');
INSERT INTO "Bewoners" VALUES(221,'Fleur Janssen','Fleur.Janssen@example.nl','06-40292053','5366 WL','2025-11-24 00:00:00');
INSERT INTO "Bewoners" VALUES(223,'Daan Bakker','Daan79@example.nl','06-77956198','5344 GZ','2024-06-22 00:00:00');
CREATE TABLE "BotState" (
    "Key" TEXT NOT NULL CONSTRAINT "PK_BotState" PRIMARY KEY,
    "Json" TEXT NOT NULL,
    "ETag" TEXT NOT NULL,
    "GewijzigdOp" TEXT NOT NULL
);
INSERT INTO "BotState" VALUES('conversation/directline/GA8HMexZYVnW9mLvB8J4-g','{"versie":1,"welkom":true,"dialogen":{"stack":[{"id":"IntakeDialog","values":{},"children":{"stack":[{"id":"WaterfallDialog","values":{"state":{"intakeId":"86dec8a44a1442ce8903f399e6191814","idee":"moestuin beginnen","hulpAangevuld":false,"begrotingGevraagd":false,"eigenBijdrageBedragGevraagd":false,"privacyGetoond":false,"wilWijzigen":false},"step":1}},{"id":"titel","values":{"options":{"prompt":{"type":"message","textFormat":"plain","text":"Wat is een korte titel voor uw initiatief (hooguit 80 tekens)?"},"retryPrompt":{"type":"message","textFormat":"plain","text":"Welke korte titel wilt u gebruiken, bijvoorbeeld \u0027Buurtbarbecue Rozenstraat\u0027?"},"extraSuggestions":["Moestuin beginnen"]},"attempts":0}}]}}]},"referenties":[]}','cc0eb0a7b1ae493bae8989b2b4dc6a82','2026-12-06 17:55:18.6413694');
CREATE TABLE "BuurtPostcodes" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_BuurtPostcodes" PRIMARY KEY AUTOINCREMENT,
    "Postcode4" TEXT NOT NULL,
    "BuurtId" INTEGER NOT NULL,
    CONSTRAINT "FK_BuurtPostcodes_Buurten_BuurtId" FOREIGN KEY ("BuurtId") REFERENCES "Buurten" ("Id") ON DELETE CASCADE
);
INSERT INTO "BuurtPostcodes" VALUES(1,'5341',1);
INSERT INTO "BuurtPostcodes" VALUES(2,'5342',2);
INSERT INTO "BuurtPostcodes" VALUES(3,'5343',3);
INSERT INTO "BuurtPostcodes" VALUES(4,'5344',4);
INSERT INTO "BuurtPostcodes" VALUES(5,'5345',5);
INSERT INTO "BuurtPostcodes" VALUES(6,'5346',6);
INSERT INTO "BuurtPostcodes" VALUES(7,'5347',7);
INSERT INTO "BuurtPostcodes" VALUES(8,'5348',8);
INSERT INTO "BuurtPostcodes" VALUES(9,'5349',9);
INSERT INTO "BuurtPostcodes" VALUES(10,'5350',10);
INSERT INTO "BuurtPostcodes" VALUES(11,'5351',11);
INSERT INTO "BuurtPostcodes" VALUES(12,'5352',12);
INSERT INTO "BuurtPostcodes" VALUES(13,'5353',13);
INSERT INTO "BuurtPostcodes" VALUES(14,'5354',14);
INSERT INTO "BuurtPostcodes" VALUES(15,'5355',15);
INSERT INTO "BuurtPostcodes" VALUES(16,'5356',16);
INSERT INTO "BuurtPostcodes" VALUES(17,'5357',17);
INSERT INTO "BuurtPostcodes" VALUES(18,'5358',18);
INSERT INTO "BuurtPostcodes" VALUES(19,'5359',19);
INSERT INTO "BuurtPostcodes" VALUES(20,'5360',20);
INSERT INTO "BuurtPostcodes" VALUES(21,'5361',21);
INSERT INTO "BuurtPostcodes" VALUES(22,'5362',22);
INSERT INTO "BuurtPostcodes" VALUES(23,'5363',23);
INSERT INTO "BuurtPostcodes" VALUES(24,'5364',24);
INSERT INTO "BuurtPostcodes" VALUES(25,'5365',25);
INSERT INTO "BuurtPostcodes" VALUES(26,'5366',26);
INSERT INTO "BuurtPostcodes" VALUES(27,'5367',27);
INSERT INTO "BuurtPostcodes" VALUES(28,'5368',28);
INSERT INTO "BuurtPostcodes" VALUES(29,'5369',29);
INSERT INTO "BuurtPostcodes" VALUES(30,'5370',30);
INSERT INTO "BuurtPostcodes" VALUES(31,'5371',31);
INSERT INTO "BuurtPostcodes" VALUES(32,'5372',32);
INSERT INTO "BuurtPostcodes" VALUES(33,'5373',33);
INSERT INTO "BuurtPostcodes" VALUES(34,'5374',34);
INSERT INTO "BuurtPostcodes" VALUES(35,'5375',35);
INSERT INTO "BuurtPostcodes" VALUES(36,'5376',36);
INSERT INTO "BuurtPostcodes" VALUES(37,'5377',37);
INSERT INTO "BuurtPostcodes" VALUES(38,'5378',38);
INSERT INTO "BuurtPostcodes" VALUES(39,'5379',39);
INSERT INTO "BuurtPostcodes" VALUES(40,'5380',40);
INSERT INTO "BuurtPostcodes" VALUES(41,'5381',41);
INSERT INTO "BuurtPostcodes" VALUES(42,'5382',42);
INSERT INTO "BuurtPostcodes" VALUES(43,'5383',43);
INSERT INTO "BuurtPostcodes" VALUES(44,'5384',44);
INSERT INTO "BuurtPostcodes" VALUES(45,'5385',45);
INSERT INTO "BuurtPostcodes" VALUES(46,'5386',46);
INSERT INTO "BuurtPostcodes" VALUES(47,'5387',47);
INSERT INTO "BuurtPostcodes" VALUES(48,'5388',48);
INSERT INTO "BuurtPostcodes" VALUES(49,'5389',49);
INSERT INTO "BuurtPostcodes" VALUES(50,'5390',50);
INSERT INTO "BuurtPostcodes" VALUES(51,'5391',51);
INSERT INTO "BuurtPostcodes" VALUES(52,'5392',52);
INSERT INTO "BuurtPostcodes" VALUES(53,'5393',53);
INSERT INTO "BuurtPostcodes" VALUES(54,'5394',54);
INSERT INTO "BuurtPostcodes" VALUES(55,'5395',55);
INSERT INTO "BuurtPostcodes" VALUES(56,'5396',56);
INSERT INTO "BuurtPostcodes" VALUES(57,'5397',57);
INSERT INTO "BuurtPostcodes" VALUES(58,'5398',58);
INSERT INTO "BuurtPostcodes" VALUES(59,'5399',59);
INSERT INTO "BuurtPostcodes" VALUES(60,'5400',60);
CREATE TABLE "Buurten" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Buurten" PRIMARY KEY AUTOINCREMENT,
    "Code" TEXT NOT NULL,
    "Naam" TEXT NOT NULL,
    "WijkId" INTEGER NOT NULL,
    "Peiljaar" INTEGER NULL,
    "Inwoners" INTEGER NULL,
    "Huishoudens" INTEGER NULL,
    "AandeelHuurwoningen" REAL NULL,
    "AandeelCorporatiewoningen" REAL NULL,
    "GemiddeldInkomen" REAL NULL,
    "AandeelUitkeringen" REAL NULL,
    "LeefbaarheidScore" REAL NULL,
    "SesScore" REAL NULL,
    "SesSpreiding" REAL NULL,
    "AandeelLaagOpgeleid" REAL NULL,
    "AandeelMiddelbaarOpgeleid" REAL NULL,
    "AandeelHoogOpgeleid" REAL NULL,
    "AantalBuurthuizen" INTEGER NULL,
    CONSTRAINT "FK_Buurten_Wijken_WijkId" FOREIGN KEY ("WijkId") REFERENCES "Wijken" ("Id") ON DELETE CASCADE
);
INSERT INTO "Buurten" VALUES(1,'BU99010000','Binnenstad',1,2025,3280,1963,53.4,35.2,29.4,13.4,5.07,-0.109,0.98,31.7,41.4,26.9,0);
INSERT INTO "Buurten" VALUES(2,'BU99010001','Havenkwartier',1,2025,4642,2519,64.9,44.6,26.1,17.1,4.73,-0.5,0.896,26.6,50.0,23.4,2);
INSERT INTO "Buurten" VALUES(3,'BU99010002','Kloosterhof',1,2025,1801,1076,66.6,43.9,19.5,15.6,4.57,-0.643,0.809,45.3,46.2,8.5,1);
INSERT INTO "Buurten" VALUES(4,'BU99010003','Marktveld',1,2025,4600,2705,83.9,60.5,18.9,21.2,3.82,-0.804,0.784,44.7,50.3,5.0,1);
INSERT INTO "Buurten" VALUES(5,'BU99010004','Stationsbuurt',1,2025,1849,853,51.7,41.4,29.7,10.2,5.93,-0.141,0.885,24.1,46.8,29.1,0);
INSERT INTO "Buurten" VALUES(6,'BU99010005','Oude Molen',1,2025,3976,2068,62.4,45.7,26.1,9.4,5.61,-0.335,0.773,29.8,40.9,29.3,2);
INSERT INTO "Buurten" VALUES(7,'BU99010006','Walstraat',1,2025,2831,1398,71.1,53.8,26.0,11.4,5.63,-0.453,1.008,37.4,44.9,17.7,0);
INSERT INTO "Buurten" VALUES(8,'BU99010007','Kerkplein',1,2025,1738,1103,79.2,66.0,20.8,13.0,4.5,-0.631,0.862,42.4,46.0,11.6,2);
INSERT INTO "Buurten" VALUES(9,'BU99010100','Vogelbuurt',2,2025,4422,1881,10.0,5.7,38.9,4.0,6.95,0.403,1.029,14.7,35.1,50.2,0);
INSERT INTO "Buurten" VALUES(10,'BU99010101','Bloemenbuurt',2,2025,4643,2311,53.7,42.3,29.6,12.0,5.35,-0.329,0.766,34.2,41.1,24.7,1);
INSERT INTO "Buurten" VALUES(11,'BU99010102','Schildersbuurt',2,2025,3566,1670,41.7,36.4,31.9,8.4,5.82,-0.053,0.872,25.5,54.4,20.1,1);
INSERT INTO "Buurten" VALUES(12,'BU99010103','Componistenbuurt',2,2025,2157,896,30.1,18.2,32.0,2.6,6.91,0.293,0.865,10.1,51.0,38.9,1);
INSERT INTO "Buurten" VALUES(13,'BU99010104','De Horst',2,2025,1657,844,32.7,28.3,30.1,11.2,4.85,-0.102,0.795,24.7,56.9,18.4,1);
INSERT INTO "Buurten" VALUES(14,'BU99010105','Noorderpark',2,2025,2821,1294,61.0,48.0,25.9,10.6,6.0,-0.197,0.951,27.4,43.3,29.3,1);
INSERT INTO "Buurten" VALUES(15,'BU99010106','Eikenhof',2,2025,2099,956,28.5,20.5,32.8,6.9,6.24,-0.039,0.956,25.1,42.3,32.6,1);
INSERT INTO "Buurten" VALUES(16,'BU99010107','Beukenlaan',2,2025,3160,1468,70.0,56.9,27.2,10.2,5.73,-0.154,1.038,31.9,37.2,30.9,2);
INSERT INTO "Buurten" VALUES(17,'BU99010200','Maasakkers',3,2025,2860,1453,43.7,36.2,29.5,6.5,5.65,-0.057,0.863,24.8,49.6,25.6,0);
INSERT INTO "Buurten" VALUES(18,'BU99010201','Dommelhof',3,2025,2177,980,12.5,9.0,32.9,3.3,7.06,0.293,0.922,13.1,42.6,44.3,0);
INSERT INTO "Buurten" VALUES(19,'BU99010202','Koornstraat',3,2025,2535,1125,25.8,24.8,41.1,8.1,5.93,0.033,0.805,22.3,36.9,40.8,0);
INSERT INTO "Buurten" VALUES(20,'BU99010203','De Wielen',3,2025,1105,470,4.9,2.0,39.9,1.1,7.48,0.256,0.923,15.5,46.7,37.8,1);
INSERT INTO "Buurten" VALUES(21,'BU99010204','Rivierenbuurt',3,2025,4586,1734,5.1,2.0,40.6,1.0,7.62,0.588,1.019,6.8,46.8,46.4,0);
INSERT INTO "Buurten" VALUES(22,'BU99010205','Sterrenbuurt',3,2025,4413,1863,38.9,35.2,38.5,4.7,7.13,0.167,1.009,18.8,38.3,42.9,1);
INSERT INTO "Buurten" VALUES(23,'BU99010206','Spoorzone',3,2025,2011,884,16.7,15.6,31.8,6.3,6.57,0.025,1.05,17.9,37.0,45.1,0);
INSERT INTO "Buurten" VALUES(24,'BU99010207','Kruidenhof',3,2025,1714,781,10.4,3.6,38.3,2.2,7.43,0.323,1.049,10.1,56.5,33.4,1);
INSERT INTO "Buurten" VALUES(25,'BU99010300','Zuiderhout',4,2025,1981,907,5.6,2.0,38.3,2.0,7.69,0.605,0.92,5.0,48.9,46.1,2);
INSERT INTO "Buurten" VALUES(26,'BU99010301','De Kooi',4,2025,3900,1544,20.0,19.0,36.9,3.9,6.78,0.549,0.817,15.5,37.0,47.5,2);
INSERT INTO "Buurten" VALUES(27,'BU99010302','Hazenakker',4,2025,2421,997,24.9,17.3,38.8,4.6,6.94,0.173,0.973,17.9,39.4,42.7,0);
INSERT INTO "Buurten" VALUES(28,'BU99010303','Heihoek',4,2025,2861,1225,19.0,9.8,35.0,2.2,7.41,0.298,0.964,19.3,42.1,38.6,1);
INSERT INTO "Buurten" VALUES(29,'BU99010304','Bergakker',4,2025,4179,1663,8.3,2.0,41.5,2.1,7.61,0.455,0.984,12.6,41.9,45.5,0);
INSERT INTO "Buurten" VALUES(30,'BU99010305','Lindenbuurt',4,2025,1076,465,5.0,2.0,36.5,1.0,7.03,0.45,0.986,14.0,49.2,36.8,2);
INSERT INTO "Buurten" VALUES(31,'BU99010306','Kastanjehof',4,2025,4564,1824,21.8,15.7,40.0,3.2,7.32,0.359,0.776,9.6,43.7,46.7,0);
INSERT INTO "Buurten" VALUES(32,'BU99010307','Vijverhof',4,2025,3839,1426,16.5,7.2,39.3,2.2,6.9,0.35,1.024,14.1,42.9,43.0,0);
INSERT INTO "Buurten" VALUES(33,'BU99010400','Westerpark',5,2025,2199,988,35.6,26.9,30.3,5.1,5.79,-0.223,0.844,24.4,42.4,33.2,1);
INSERT INTO "Buurten" VALUES(34,'BU99010401','De Vlier',5,2025,4323,1916,45.1,36.5,32.2,4.9,6.51,0.012,0.836,23.8,40.1,36.1,0);
INSERT INTO "Buurten" VALUES(35,'BU99010402','Molenkamp',5,2025,3598,1490,22.2,21.2,39.4,4.5,6.7,0.143,0.755,15.9,40.9,43.2,0);
INSERT INTO "Buurten" VALUES(36,'BU99010403','Schepenbuurt',5,2025,1673,812,33.8,24.8,28.9,8.4,5.66,-0.322,0.873,22.8,43.2,34.0,0);
INSERT INTO "Buurten" VALUES(37,'BU99010404','Gildebuurt',5,2025,2933,1271,56.4,41.6,30.6,13.6,4.94,-0.507,1.013,32.8,39.5,27.7,0);
INSERT INTO "Buurten" VALUES(38,'BU99010405','Kanaalzone',5,2025,3051,1501,49.4,39.4,31.1,10.0,5.82,-0.213,0.959,26.3,54.1,19.6,1);
INSERT INTO "Buurten" VALUES(39,'BU99010406','Papenhoek',5,2025,1022,482,52.4,39.1,26.6,10.1,6.12,-0.298,0.802,26.4,41.8,31.8,1);
INSERT INTO "Buurten" VALUES(40,'BU99010500','Berkhoven-Kern',6,2025,2663,1320,95.0,70.3,17.0,17.2,4.13,-0.719,0.945,39.1,55.9,5.0,0);
INSERT INTO "Buurten" VALUES(41,'BU99010501','Berkhoven-Noord',6,2025,1293,647,35.7,25.4,28.3,9.5,6.09,-0.103,0.793,28.8,34.4,36.8,0);
INSERT INTO "Buurten" VALUES(42,'BU99010502','De Akkers',6,2025,1031,462,76.0,56.2,24.4,17.1,4.86,-0.6,0.989,40.2,34.0,25.8,1);
INSERT INTO "Buurten" VALUES(43,'BU99010503','Kerkeind',6,2025,1864,896,70.4,55.3,24.7,13.9,4.1,-0.729,0.75,35.0,51.4,13.6,0);
INSERT INTO "Buurten" VALUES(44,'BU99010504','Hoogveld',6,2025,2236,984,45.4,33.1,32.0,9.4,6.06,0.089,0.905,16.1,52.8,31.1,0);
INSERT INTO "Buurten" VALUES(45,'BU99010505','Buitengebied Berkhoven',6,2025,655,306,13.6,1.6,21.6,13.7,4.55,-0.676,0.883,31.1,46.2,22.7,0);
INSERT INTO "Buurten" VALUES(46,'BU99010600','Maasdonk-Kern',7,2025,1788,765,9.9,2.0,43.0,1.6,7.56,0.803,1.049,14.8,32.5,52.7,2);
INSERT INTO "Buurten" VALUES(47,'BU99010601','Dijkhuizen',7,2025,604,253,23.7,14.3,36.0,4.7,6.75,0.305,0.868,18.3,40.4,41.3,0);
INSERT INTO "Buurten" VALUES(48,'BU99010602','Uiterwaard',7,2025,2501,1222,16.0,15.0,39.0,4.3,7.3,0.558,0.904,16.6,32.8,50.6,1);
INSERT INTO "Buurten" VALUES(49,'BU99010603','Veerweg',7,2025,1683,874,37.1,34.7,33.6,6.5,5.98,0.056,0.809,23.1,44.4,32.5,1);
INSERT INTO "Buurten" VALUES(50,'BU99010604','Buitengebied Maasdonk',7,2025,683,290,16.8,5.0,36.8,4.3,6.77,0.362,0.857,16.7,53.4,29.9,0);
INSERT INTO "Buurten" VALUES(51,'BU99010700','Reigershof',8,2025,2996,1585,63.6,46.9,23.0,11.9,4.65,-0.509,0.902,33.0,51.6,15.4,1);
INSERT INTO "Buurten" VALUES(52,'BU99010701','Zwanenveld',8,2025,3715,2049,64.4,51.8,22.4,15.6,4.91,-0.599,0.966,37.9,50.1,12.0,2);
INSERT INTO "Buurten" VALUES(53,'BU99010702','Eendenwaard',8,2025,4662,2092,52.6,45.4,29.1,14.5,5.77,-0.636,0.767,42.1,30.5,27.4,1);
INSERT INTO "Buurten" VALUES(54,'BU99010703','Ganzenpark',8,2025,4500,1941,59.8,45.3,22.2,13.9,5.0,-0.392,0.99,28.2,45.1,26.7,1);
INSERT INTO "Buurten" VALUES(55,'BU99010704','Zilverreiger',8,2025,3610,1837,60.7,47.8,30.6,7.8,5.47,-0.118,0.988,36.9,42.2,20.9,1);
INSERT INTO "Buurten" VALUES(56,'BU99010705','Kievitsbloem',8,2025,1265,622,67.4,54.2,23.7,13.3,4.83,-0.513,0.786,36.4,39.9,23.7,0);
INSERT INTO "Buurten" VALUES(57,'BU99010706','Waterland',8,2025,3273,1710,79.6,64.2,25.0,13.1,4.75,-0.592,0.773,38.9,34.7,26.4,0);
INSERT INTO "Buurten" VALUES(58,'BU99010707','Parkwijk',8,2025,1755,859,28.0,20.0,26.6,9.8,5.38,-0.208,0.843,29.6,31.9,38.5,1);
INSERT INTO "Buurten" VALUES(59,'BU99010708','Meerzicht',8,2025,2154,1072,47.9,35.2,26.1,12.4,5.89,-0.398,0.974,35.3,35.7,29.0,1);
INSERT INTO "Buurten" VALUES(60,'BU99010709','Lisdodde',8,2025,3397,1698,55.8,38.0,27.8,6.2,5.66,-0.231,0.854,28.8,40.9,30.3,2);
CREATE TABLE "ChatActivities" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ChatActivities" PRIMARY KEY AUTOINCREMENT,
    "ConversationId" TEXT NOT NULL,
    "Volgnummer" INTEGER NOT NULL,
    "ActivityId" TEXT NOT NULL,
    "Json" TEXT NOT NULL,
    "Tijdstip" TEXT NOT NULL,
    CONSTRAINT "FK_ChatActivities_ChatConversations_ConversationId" FOREIGN KEY ("ConversationId") REFERENCES "ChatConversations" ("Id") ON DELETE CASCADE
);
INSERT INTO "ChatActivities" VALUES(1,'GA8HMexZYVnW9mLvB8J4-g',1,'GA8HMexZYVnW9mLvB8J4-g|0000001','{"type":"message","id":"GA8HMexZYVnW9mLvB8J4-g|0000001","timestamp":"2026-12-06T17:55:16.7438167Z","channelId":"directline","from":{"id":"participatie-bot","name":"Participatie","role":"bot"},"conversation":{"id":"GA8HMexZYVnW9mLvB8J4-g"},"recipient":{"id":"dl_d4294d604362dcb36056cc4d","role":"user"},"textFormat":"plain","locale":"nl-NL","text":"Welkom! Ik ben de digitale assistent van Participatie. Ik help u een bewonersinitiatief te starten, uit te zoeken welke ondersteuning u kunt krijgen, of te kijken hoe het met uw initiatief staat. Kies hieronder of vertel in uw eigen woorden wat u wilt doen. U kunt altijd \u0027help\u0027, \u0027menu\u0027 of \u0027stop\u0027 typen.","inputHint":"expectingInput","suggestedActions":{"actions":[{"type":"imBack","title":"Initiatief starten","value":"Initiatief starten"},{"type":"imBack","title":"Welke ondersteuning kan ik krijgen?","value":"Welke ondersteuning kan ik krijgen?"},{"type":"imBack","title":"Status van mijn initiatief","value":"Status van mijn initiatief"},{"type":"imBack","title":"Help","value":"Help"}]},"replyToId":"GA8HMexZYVnW9mLvB8J4-g|start"}','2026-12-06 17:55:16.7886814');
INSERT INTO "ChatActivities" VALUES(2,'GA8HMexZYVnW9mLvB8J4-g',2,'GA8HMexZYVnW9mLvB8J4-g|0000002','{"type":"message","id":"GA8HMexZYVnW9mLvB8J4-g|0000002","timestamp":"2026-12-06T17:55:18.5838743Z","channelId":"directline","from":{"id":"dl_d4294d604362dcb36056cc4d","role":"user"},"conversation":{"id":"GA8HMexZYVnW9mLvB8J4-g"},"recipient":{"id":"participatie-bot","name":"Participatie","role":"bot"},"text":"ik wil een moestuin beginnen"}','2026-12-06 17:55:18.5838743');
INSERT INTO "ChatActivities" VALUES(3,'GA8HMexZYVnW9mLvB8J4-g',3,'GA8HMexZYVnW9mLvB8J4-g|0000003','{"type":"message","id":"GA8HMexZYVnW9mLvB8J4-g|0000003","timestamp":"2026-12-06T17:55:18.630614Z","channelId":"directline","from":{"id":"participatie-bot","name":"Participatie","role":"bot"},"conversation":{"id":"GA8HMexZYVnW9mLvB8J4-g"},"recipient":{"id":"dl_d4294d604362dcb36056cc4d","role":"user"},"textFormat":"plain","locale":"nl-NL","text":"Leuk idee: \u201Cmoestuin beginnen\u201D. Ik stel u een paar vragen om het aan te melden.","inputHint":"acceptingInput","replyToId":"GA8HMexZYVnW9mLvB8J4-g|0000002"}','2026-12-06 17:55:18.6463213');
INSERT INTO "ChatActivities" VALUES(4,'GA8HMexZYVnW9mLvB8J4-g',4,'GA8HMexZYVnW9mLvB8J4-g|0000004','{"type":"message","id":"GA8HMexZYVnW9mLvB8J4-g|0000004","timestamp":"2026-12-06T17:55:18.6392333Z","channelId":"directline","from":{"id":"participatie-bot","name":"Participatie","role":"bot"},"conversation":{"id":"GA8HMexZYVnW9mLvB8J4-g"},"recipient":{"id":"dl_d4294d604362dcb36056cc4d","role":"user"},"textFormat":"plain","locale":"nl-NL","text":"Wat is een korte titel voor uw initiatief (hooguit 80 tekens)?","inputHint":"expectingInput","suggestedActions":{"actions":[{"type":"imBack","title":"Moestuin beginnen","value":"Moestuin beginnen"}]},"replyToId":"GA8HMexZYVnW9mLvB8J4-g|0000002"}','2026-12-06 17:55:18.6463213');
CREATE TABLE "ChatConversations" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_ChatConversations" PRIMARY KEY,
    "UserId" TEXT NOT NULL,
    "Locale" TEXT NULL,
    "AangemaaktOp" TEXT NOT NULL,
    "LaatsteActiviteitOp" TEXT NOT NULL,
    "BeeindigdOp" TEXT NULL,
    "LaatsteVolgnummer" INTEGER NOT NULL,
    "IsGestart" INTEGER NOT NULL
);
INSERT INTO "ChatConversations" VALUES('GA8HMexZYVnW9mLvB8J4-g','dl_d4294d604362dcb36056cc4d',NULL,'2026-12-06 17:55:15.7950725','2026-12-06 17:55:18.6463213',NULL,4,1);
CREATE TABLE "CorporatieBezit" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_CorporatieBezit" PRIMARY KEY AUTOINCREMENT,
    "BuurtId" INTEGER NOT NULL,
    "WoningcorporatieId" INTEGER NOT NULL,
    "AantalWoningen" INTEGER NOT NULL,
    CONSTRAINT "FK_CorporatieBezit_Buurten_BuurtId" FOREIGN KEY ("BuurtId") REFERENCES "Buurten" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_CorporatieBezit_Woningcorporaties_WoningcorporatieId" FOREIGN KEY ("WoningcorporatieId") REFERENCES "Woningcorporaties" ("Id") ON DELETE CASCADE
);
INSERT INTO "CorporatieBezit" VALUES(1,1,1,364);
INSERT INTO "CorporatieBezit" VALUES(2,1,2,175);
INSERT INTO "CorporatieBezit" VALUES(3,1,3,152);
INSERT INTO "CorporatieBezit" VALUES(4,2,3,1124);
INSERT INTO "CorporatieBezit" VALUES(5,3,3,149);
INSERT INTO "CorporatieBezit" VALUES(6,3,2,311);
INSERT INTO "CorporatieBezit" VALUES(7,3,1,12);
INSERT INTO "CorporatieBezit" VALUES(8,4,1,308);
INSERT INTO "CorporatieBezit" VALUES(9,4,2,1328);
INSERT INTO "CorporatieBezit" VALUES(10,5,3,183);
INSERT INTO "CorporatieBezit" VALUES(11,5,1,78);
INSERT INTO "CorporatieBezit" VALUES(12,5,2,92);
INSERT INTO "CorporatieBezit" VALUES(13,6,1,336);
INSERT INTO "CorporatieBezit" VALUES(14,6,2,339);
INSERT INTO "CorporatieBezit" VALUES(15,6,3,269);
INSERT INTO "CorporatieBezit" VALUES(16,7,2,169);
INSERT INTO "CorporatieBezit" VALUES(17,7,1,583);
INSERT INTO "CorporatieBezit" VALUES(18,8,2,204);
INSERT INTO "CorporatieBezit" VALUES(19,8,1,524);
INSERT INTO "CorporatieBezit" VALUES(20,9,1,107);
INSERT INTO "CorporatieBezit" VALUES(21,10,1,977);
INSERT INTO "CorporatieBezit" VALUES(22,11,2,433);
INSERT INTO "CorporatieBezit" VALUES(23,11,1,9);
INSERT INTO "CorporatieBezit" VALUES(24,11,3,165);
INSERT INTO "CorporatieBezit" VALUES(25,12,3,19);
INSERT INTO "CorporatieBezit" VALUES(26,12,2,101);
INSERT INTO "CorporatieBezit" VALUES(27,12,1,43);
INSERT INTO "CorporatieBezit" VALUES(28,13,3,203);
INSERT INTO "CorporatieBezit" VALUES(29,13,2,15);
INSERT INTO "CorporatieBezit" VALUES(30,13,1,21);
INSERT INTO "CorporatieBezit" VALUES(31,14,3,511);
INSERT INTO "CorporatieBezit" VALUES(32,14,2,110);
INSERT INTO "CorporatieBezit" VALUES(33,15,2,189);
INSERT INTO "CorporatieBezit" VALUES(34,15,3,2);
INSERT INTO "CorporatieBezit" VALUES(35,15,1,5);
INSERT INTO "CorporatieBezit" VALUES(36,16,2,500);
INSERT INTO "CorporatieBezit" VALUES(37,16,1,132);
INSERT INTO "CorporatieBezit" VALUES(38,16,3,203);
INSERT INTO "CorporatieBezit" VALUES(39,17,1,408);
INSERT INTO "CorporatieBezit" VALUES(40,17,2,53);
INSERT INTO "CorporatieBezit" VALUES(41,17,3,65);
INSERT INTO "CorporatieBezit" VALUES(42,18,1,71);
INSERT INTO "CorporatieBezit" VALUES(43,18,3,13);
INSERT INTO "CorporatieBezit" VALUES(44,18,2,4);
INSERT INTO "CorporatieBezit" VALUES(45,19,3,111);
INSERT INTO "CorporatieBezit" VALUES(46,19,2,168);
INSERT INTO "CorporatieBezit" VALUES(47,20,1,9);
INSERT INTO "CorporatieBezit" VALUES(48,21,1,6);
INSERT INTO "CorporatieBezit" VALUES(49,21,3,20);
INSERT INTO "CorporatieBezit" VALUES(50,21,2,9);
INSERT INTO "CorporatieBezit" VALUES(51,22,3,256);
INSERT INTO "CorporatieBezit" VALUES(52,22,2,399);
INSERT INTO "CorporatieBezit" VALUES(53,23,3,35);
INSERT INTO "CorporatieBezit" VALUES(54,23,1,92);
INSERT INTO "CorporatieBezit" VALUES(55,23,2,11);
INSERT INTO "CorporatieBezit" VALUES(56,24,1,18);
INSERT INTO "CorporatieBezit" VALUES(57,24,3,3);
INSERT INTO "CorporatieBezit" VALUES(58,24,2,7);
INSERT INTO "CorporatieBezit" VALUES(59,25,2,8);
INSERT INTO "CorporatieBezit" VALUES(60,25,1,2);
INSERT INTO "CorporatieBezit" VALUES(61,25,3,8);
INSERT INTO "CorporatieBezit" VALUES(62,26,1,293);
INSERT INTO "CorporatieBezit" VALUES(63,27,1,108);
INSERT INTO "CorporatieBezit" VALUES(64,27,2,65);
INSERT INTO "CorporatieBezit" VALUES(65,28,1,120);
INSERT INTO "CorporatieBezit" VALUES(66,29,2,33);
INSERT INTO "CorporatieBezit" VALUES(67,30,1,3);
INSERT INTO "CorporatieBezit" VALUES(68,30,3,6);
INSERT INTO "CorporatieBezit" VALUES(69,31,2,103);
INSERT INTO "CorporatieBezit" VALUES(70,31,3,184);
INSERT INTO "CorporatieBezit" VALUES(71,32,3,75);
INSERT INTO "CorporatieBezit" VALUES(72,32,1,28);
INSERT INTO "CorporatieBezit" VALUES(73,33,3,58);
INSERT INTO "CorporatieBezit" VALUES(74,33,1,208);
INSERT INTO "CorporatieBezit" VALUES(75,34,3,38);
INSERT INTO "CorporatieBezit" VALUES(76,34,1,424);
INSERT INTO "CorporatieBezit" VALUES(77,34,2,238);
INSERT INTO "CorporatieBezit" VALUES(78,35,3,176);
INSERT INTO "CorporatieBezit" VALUES(79,35,2,134);
INSERT INTO "CorporatieBezit" VALUES(80,35,1,6);
INSERT INTO "CorporatieBezit" VALUES(81,36,3,201);
INSERT INTO "CorporatieBezit" VALUES(82,37,2,77);
INSERT INTO "CorporatieBezit" VALUES(83,37,3,452);
INSERT INTO "CorporatieBezit" VALUES(84,38,1,488);
INSERT INTO "CorporatieBezit" VALUES(85,38,2,100);
INSERT INTO "CorporatieBezit" VALUES(86,38,3,4);
INSERT INTO "CorporatieBezit" VALUES(87,39,2,6);
INSERT INTO "CorporatieBezit" VALUES(88,39,1,109);
INSERT INTO "CorporatieBezit" VALUES(89,39,3,73);
INSERT INTO "CorporatieBezit" VALUES(90,40,1,928);
INSERT INTO "CorporatieBezit" VALUES(91,41,3,164);
INSERT INTO "CorporatieBezit" VALUES(92,42,3,108);
INSERT INTO "CorporatieBezit" VALUES(93,42,2,151);
INSERT INTO "CorporatieBezit" VALUES(94,43,1,496);
INSERT INTO "CorporatieBezit" VALUES(95,44,1,198);
INSERT INTO "CorporatieBezit" VALUES(96,44,2,128);
INSERT INTO "CorporatieBezit" VALUES(97,45,2,1);
INSERT INTO "CorporatieBezit" VALUES(98,45,1,4);
INSERT INTO "CorporatieBezit" VALUES(99,46,3,11);
INSERT INTO "CorporatieBezit" VALUES(100,46,2,4);
INSERT INTO "CorporatieBezit" VALUES(101,47,2,36);
INSERT INTO "CorporatieBezit" VALUES(102,48,1,160);
INSERT INTO "CorporatieBezit" VALUES(103,48,2,19);
INSERT INTO "CorporatieBezit" VALUES(104,48,3,4);
INSERT INTO "CorporatieBezit" VALUES(105,49,3,304);
INSERT INTO "CorporatieBezit" VALUES(106,50,2,15);
INSERT INTO "CorporatieBezit" VALUES(107,51,2,604);
INSERT INTO "CorporatieBezit" VALUES(108,51,3,53);
INSERT INTO "CorporatieBezit" VALUES(109,51,1,86);
INSERT INTO "CorporatieBezit" VALUES(110,52,1,354);
INSERT INTO "CorporatieBezit" VALUES(111,52,2,614);
INSERT INTO "CorporatieBezit" VALUES(112,52,3,93);
INSERT INTO "CorporatieBezit" VALUES(113,53,1,673);
INSERT INTO "CorporatieBezit" VALUES(114,53,2,277);
INSERT INTO "CorporatieBezit" VALUES(115,54,2,273);
INSERT INTO "CorporatieBezit" VALUES(116,54,1,607);
INSERT INTO "CorporatieBezit" VALUES(117,55,2,60);
INSERT INTO "CorporatieBezit" VALUES(118,55,3,818);
INSERT INTO "CorporatieBezit" VALUES(119,56,2,268);
INSERT INTO "CorporatieBezit" VALUES(120,56,1,59);
INSERT INTO "CorporatieBezit" VALUES(121,56,3,10);
INSERT INTO "CorporatieBezit" VALUES(122,57,1,87);
INSERT INTO "CorporatieBezit" VALUES(123,57,3,358);
INSERT INTO "CorporatieBezit" VALUES(124,57,2,653);
INSERT INTO "CorporatieBezit" VALUES(125,58,3,124);
INSERT INTO "CorporatieBezit" VALUES(126,58,2,48);
INSERT INTO "CorporatieBezit" VALUES(127,59,2,43);
INSERT INTO "CorporatieBezit" VALUES(128,59,1,334);
INSERT INTO "CorporatieBezit" VALUES(129,60,2,645);
CREATE TABLE "Gemeenten" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Gemeenten" PRIMARY KEY AUTOINCREMENT,
    "Code" TEXT NOT NULL,
    "Naam" TEXT NOT NULL
);
INSERT INTO "Gemeenten" VALUES(1,'GM9901','Maaswaarde');
CREATE TABLE "InitiatiefStatusHistorie" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_InitiatiefStatusHistorie" PRIMARY KEY AUTOINCREMENT,
    "InitiatiefId" INTEGER NOT NULL,
    "Status" TEXT NOT NULL,
    "Op" TEXT NOT NULL,
    "Toelichting" TEXT NULL,
    "Door" TEXT NULL,
    CONSTRAINT "FK_InitiatiefStatusHistorie_Initiatieven_InitiatiefId" FOREIGN KEY ("InitiatiefId") REFERENCES "Initiatieven" ("Id") ON DELETE CASCADE
);
INSERT INTO "InitiatiefStatusHistorie" VALUES(1,1,'Ingediend','2026-04-17 00:00:00','Ingediend via de chat.','bewoner');
INSERT INTO "InitiatiefStatusHistorie" VALUES(2,1,'InBehandeling','2026-04-26 13:00:00',NULL,'wijkcoordinator');
INSERT INTO "InitiatiefStatusHistorie" VALUES(3,1,'Advies','2026-05-01 21:00:00',NULL,'wijkraad');
INSERT INTO "InitiatiefStatusHistorie" VALUES(4,1,'Besluit','2026-05-12 12:00:00',NULL,'afdeling');
INSERT INTO "InitiatiefStatusHistorie" VALUES(5,1,'Toegekend','2026-05-13 23:00:00','Ondersteuning toegekend.','afdeling');
INSERT INTO "InitiatiefStatusHistorie" VALUES(6,1,'InUitvoering','2026-05-31 15:00:00',NULL,'bewoner');
INSERT INTO "InitiatiefStatusHistorie" VALUES(7,2,'Ingediend','2026-06-03 00:00:00','Ingediend via de chat.','bewoner');
INSERT INTO "InitiatiefStatusHistorie" VALUES(8,2,'InBehandeling','2026-06-06 11:00:00',NULL,'wijkcoordinator');
INSERT INTO "InitiatiefStatusHistorie" VALUES(9,2,'Advies','2026-06-15 19:00:00',NULL,'wijkraad');
INSERT INTO "InitiatiefStatusHistorie" VALUES(10,2,'Besluit','2026-06-28 10:00:00',NULL,'afdeling');
INSERT INTO "InitiatiefStatusHistorie" VALUES(11,2,'Toegekend','2026-07-02 02:00:00','Ondersteuning toegekend.','afdeling');
INSERT INTO "InitiatiefStatusHistorie" VALUES(12,3,'Ingediend','2026-06-08 00:00:00','Ingediend via de chat.','bewoner');
INSERT INTO "InitiatiefStatusHistorie" VALUES(13,3,'InBehandeling','2026-06-14 12:00:00',NULL,'wijkcoordinator');
INSERT INTO "InitiatiefStatusHistorie" VALUES(14,3,'Advies','2026-06-17 00:00:00',NULL,'wijkraad');
INSERT INTO "InitiatiefStatusHistorie" VALUES(15,3,'Besluit','2026-06-29 08:00:00',NULL,'afdeling');
INSERT INTO "InitiatiefStatusHistorie" VALUES(16,3,'Toegekend','2026-06-30 21:00:00','Ondersteuning toegekend.','afdeling');
INSERT INTO "InitiatiefStatusHistorie" VALUES(17,3,'InUitvoering','2026-07-29 09:00:00',NULL,'bewoner');
INSERT INTO "InitiatiefStatusHistorie" VALUES(18,3,'Afgerond','2026-09-10 01:00:00','Goed verlopen, veel buren deden mee.','wijkcoordinator');
INSERT INTO "InitiatiefStatusHistorie" VALUES(19,4,'Ingediend','2026-10-27 00:00:00','Ingediend via de chat.','bewoner');
INSERT INTO "InitiatiefStatusHistorie" VALUES(20,4,'InBehandeling','2026-11-07 11:00:00',NULL,'wijkcoordinator');
INSERT INTO "InitiatiefStatusHistorie" VALUES(21,4,'Advies','2026-11-16 03:00:00',NULL,'wijkraad');
INSERT INTO "InitiatiefStatusHistorie" VALUES(22,4,'Besluit','2026-11-24 20:00:00',NULL,'afdeling');
INSERT INTO "InitiatiefStatusHistorie" VALUES(23,5,'Ingediend','2026-09-04 00:00:00','Ingediend via de chat.','bewoner');
INSERT INTO "InitiatiefStatusHistorie" VALUES(24,5,'InBehandeling','2026-09-11 08:00:00',NULL,'wijkcoordinator');
INSERT INTO "InitiatiefStatusHistorie" VALUES(25,5,'Advies','2026-09-23 01:00:00',NULL,'wijkraad');
INSERT INTO "InitiatiefStatusHistorie" VALUES(26,5,'Besluit','2026-09-26 15:00:00',NULL,'afdeling');
INSERT INTO "InitiatiefStatusHistorie" VALUES(27,5,'Toegekend','2026-10-02 05:00:00','Ondersteuning toegekend.','afdeling');
INSERT INTO "InitiatiefStatusHistorie" VALUES(28,6,'Ingediend','2026-08-09 00:00:00','Ingediend via de chat.','bewoner');
INSERT INTO "InitiatiefStatusHistorie" VALUES(29,6,'InBehandeling','2026-08-16 17:00:00',NULL,'wijkcoordinator');
INSERT INTO "InitiatiefStatusHistorie" VALUES(30,6,'Advies','2026-08-19 03:00:00',NULL,'wijkraad');
INSERT INTO "InitiatiefStatusHistorie" VALUES(31,6,'Besluit','2026-08-21 19:00:00',NULL,'afdeling');
INSERT INTO "InitiatiefStatusHistorie" VALUES(32,6,'Toegekend','2026-08-26 03:00:00','Ondersteuning toegekend.','afdeling');
INSERT INTO "InitiatiefStatusHistorie" VALUES(33,6,'InUitvoering','2026-09-10 13:00:00',NULL,'bewoner');
INSERT INTO "InitiatiefStatusHistorie" VALUES(34,7,'Ingediend','2026-10-05 00:00:00','Ingediend via de chat.','bewoner');
INSERT INTO "InitiatiefStatusHistorie" VALUES(35,7,'InBehandeling','2026-10-13 12:00:00',NULL,'wijkcoordinator');
INSERT INTO "InitiatiefStatusHistorie" VALUES(36,7,'Advies','2026-10-17 21:00:00',NULL,'wijkraad');
INSERT INTO "InitiatiefStatusHistorie" VALUES(37,7,'Besluit','2026-10-20 10:00:00',NULL,'afdeling');
INSERT INTO "InitiatiefStatusHistorie" VALUES(38,7,'Afgewezen','2026-10-23 00:00:00','Past niet binnen de voorwaarden van het initiatievenfonds.','afdeling');
INSERT INTO "InitiatiefStatusHistorie" VALUES(39,8,'Ingediend','2025-04-23 00:00:00','Ingediend via de chat.','bewoner');
INSERT INTO "InitiatiefStatusHistorie" VALUES(40,8,'InBehandeling','2025-04-29 15:00:00',NULL,'wijkcoordinator');
INSERT INTO "InitiatiefStatusHistorie" VALUES(41,8,'Advies','2025-05-10 03:00:00',NULL,'wijkraad');
INSERT INTO "InitiatiefStatusHistorie" VALUES(42,8,'Besluit','2025-05-13 16:00:00',NULL,'afdeling');
INSERT INTO "InitiatiefStatusHistorie" VALUES(43,8,'Toegekend','2025-05-15 01:00:00','Ondersteuning toegekend.','afdeling');
INSERT INTO "InitiatiefStatusHistorie" VALUES(44,8,'InUitvoering','2025-06-13 12:00:00',NULL,'bewoner');
INSERT INTO "InitiatiefStatusHistorie" VALUES(45,8,'Afgerond','2025-09-19 05:00:00','Mooi resultaat; volgend jaar weer.','wijkcoordinator');
INSERT INTO "InitiatiefStatusHistorie" VALUES(46,9,'Ingediend','2026-12-06 00:00:00','Ingediend via de chat.','bewoner');
INSERT INTO "InitiatiefStatusHistorie" VALUES(47,10,'Ingediend','2026-11-05 00:00:00','Ingediend via de chat.','bewoner');
INSERT INTO "InitiatiefStatusHistorie" VALUES(48,10,'InBehandeling','2026-11-16 15:00:00',NULL,'wijkcoordinator');
INSERT INTO "InitiatiefStatusHistorie" VALUES(49,10,'Advies','2026-11-27 04:00:00',NULL,'wijkraad');
INSERT INTO "InitiatiefStatusHistorie" VALUES(50,10,'Besluit','2026-11-29 15:00:00',NULL,'afdeling');
CREATE TABLE "Initiatieven" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Initiatieven" PRIMARY KEY AUTOINCREMENT,
    "Referentie" TEXT NOT NULL,
    "Titel" TEXT NOT NULL,
    "Omschrijving" TEXT NOT NULL,
    "BuurtId" INTEGER NOT NULL,
    "Thema" TEXT NOT NULL,
    "VoorWie" TEXT NULL,
    "MetWie" TEXT NULL,
    "AantalDeelnemers" INTEGER NOT NULL,
    "AantalHandtekeningen" INTEGER NOT NULL,
    "GevraagdeOndersteuning" INTEGER NOT NULL,
    "GeraamdBudget" TEXT NOT NULL,
    "GevraagdBedrag" TEXT NOT NULL,
    "EigenBijdrageGeld" TEXT NOT NULL,
    "EigenBijdrageUren" INTEGER NOT NULL,
    "EigenBijdrageMaterialen" INTEGER NOT NULL,
    "WilZelfUitvoeren" INTEGER NOT NULL,
    "IsCommercieel" INTEGER NOT NULL,
    "IsPolitiek" INTEGER NOT NULL,
    "IsReligieus" INTEGER NOT NULL,
    "CorporatieBetrokken" INTEGER NOT NULL,
    "StartDatum" TEXT NULL,
    "IngediendOp" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "BewonerId" INTEGER NULL,
    "ConversationId" TEXT NULL,
    "WorkflowInstanceId" TEXT NULL, "Idempotentiesleutel" TEXT NULL,
    CONSTRAINT "FK_Initiatieven_Bewoners_BewonerId" FOREIGN KEY ("BewonerId") REFERENCES "Bewoners" ("Id"),
    CONSTRAINT "FK_Initiatieven_Buurten_BuurtId" FOREIGN KEY ("BuurtId") REFERENCES "Buurten" ("Id") ON DELETE CASCADE
);
INSERT INTO "Initiatieven" VALUES(1,'INI-2026-0001','Betere verlichting in het park','Het park is ''s avonds donker; bewoners willen samen met de gemeente kijken naar verlichting.',4,'Veiligheid','jongeren','de huurdersvereniging',35,52,9,'2960.0','2950.0','10.0',55,0,1,0,0,0,1,'2026-06-08 00:00:00','2026-04-17 00:00:00','InUitvoering',223,NULL,NULL,NULL);
INSERT INTO "Initiatieven" VALUES(2,'INI-2026-0002','Filmavond op het plein','Zomerse filmavonden op het plein met een groot scherm.',8,'Cultuur','huurders van het complex','een paar buren',38,32,21,'2490.0','2270.0','220.0',49,0,1,0,0,0,1,'2026-09-06 00:00:00','2026-06-03 00:00:00','Toegekend',95,NULL,NULL,NULL);
INSERT INTO "Initiatieven" VALUES(3,'INI-2026-0003','Speelstraat op woensdag','Op woensdagmiddag de straat afsluiten zodat kinderen veilig kunnen buitenspelen.',26,'Spelen','huurders van het complex','de bewonerscommissie',7,29,20,'320.0','230.0','90.0',48,0,1,0,0,0,0,'2026-07-12 00:00:00','2026-06-08 00:00:00','Afgerond',221,NULL,NULL,NULL);
INSERT INTO "Initiatieven" VALUES(4,'INI-2026-0004','Geveltuinen in de Johanneskade','Tegels eruit, planten erin: geveltuintjes voor de hele straat.',49,'Groen','huurders van het complex','vrijwilligers van de kerk',38,10,21,'2920.0','2230.0','690.0',69,1,1,0,0,0,0,'2027-01-29 00:00:00','2026-10-27 00:00:00','Besluit',134,NULL,NULL,NULL);
INSERT INTO "Initiatieven" VALUES(5,'INI-2026-0005','Buurtkrant Oude Molen','Een buurtkrant die vier keer per jaar verschijnt, gemaakt door bewoners.',6,'Anders','kinderen uit de buurt','de huurdersvereniging',15,25,9,'3400.0','2730.0','670.0',16,0,1,0,0,0,0,'2026-11-25 00:00:00','2026-09-04 00:00:00','Toegekend',107,NULL,NULL,NULL);
INSERT INTO "Initiatieven" VALUES(6,'INI-2026-0006','Speeltuin Vogelbuurt opknappen','De speeltoestellen zijn oud; ouders willen samen een nieuwe speelplek ontwerpen en onderhouden.',9,'Spelen','huurders van het complex','de bewonerscommissie',25,13,41,'6250.0','5450.0','800.0',31,0,1,0,0,0,1,'2026-12-04 00:00:00','2026-08-09 00:00:00','InUitvoering',156,NULL,NULL,NULL);
INSERT INTO "Initiatieven" VALUES(7,'INI-2026-0007','Speeltuin Marktveld opknappen','De speeltoestellen zijn oud; ouders willen samen een nieuwe speelplek ontwerpen en onderhouden.',4,'Spelen','huurders van het complex','de huurdersvereniging',26,31,41,'11960.0','8450.0','3510.0',90,1,1,0,0,0,1,'2026-12-27 00:00:00','2026-10-05 00:00:00','Afgewezen',197,NULL,NULL,NULL);
INSERT INTO "Initiatieven" VALUES(8,'INI-2025-0008','Geveltuinen in de Hoekgracht','Tegels eruit, planten erin: geveltuintjes voor de hele straat.',42,'Groen','huurders van het complex','de bewonerscommissie',11,47,21,'1060.0','890.0','170.0',31,0,1,0,0,0,1,'2025-05-17 00:00:00','2025-04-23 00:00:00','Afgerond',220,NULL,NULL,NULL);
INSERT INTO "Initiatieven" VALUES(9,'INI-2026-0009','Energiecoaches Veerweg','Bewoners helpen buren met energie besparen.',49,'Duurzaamheid','kinderen uit de buurt','de huurdersvereniging',13,15,9,'1410.0','1200.0','210.0',115,0,1,0,0,0,0,'2027-03-24 00:00:00','2026-12-06 00:00:00','Ingediend',126,NULL,NULL,NULL);
INSERT INTO "Initiatieven" VALUES(10,'INI-2026-0010','Buurtbarbecue Hazenakker','Een barbecue op het grasveld zodat nieuwe en oude buren elkaar leren kennen.',27,'Ontmoeting','huurders van het complex','de huurdersvereniging',16,27,5,'760.0','570.0','190.0',94,1,1,0,0,0,1,'2027-01-04 00:00:00','2026-11-05 00:00:00','Besluit',46,NULL,NULL,NULL);
CREATE TABLE "Interventies" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Interventies" PRIMARY KEY AUTOINCREMENT,
    "Titel" TEXT NOT NULL,
    "BuurtId" INTEGER NOT NULL,
    "Thema" TEXT NOT NULL,
    "Doel" TEXT NULL,
    "Aanpak" TEXT NULL,
    "Partijen" TEXT NULL,
    "StartDatum" TEXT NOT NULL,
    "EindDatum" TEXT NULL,
    "Bereik" INTEGER NOT NULL,
    "Uitkomst" INTEGER NULL,
    "Succesfactoren" TEXT NOT NULL,
    "Belemmeringen" TEXT NOT NULL,
    "Leerpunten" TEXT NULL,
    CONSTRAINT "FK_Interventies_Buurten_BuurtId" FOREIGN KEY ("BuurtId") REFERENCES "Buurten" ("Id") ON DELETE CASCADE
);
INSERT INTO "Interventies" VALUES(1,'Wijkschouw Vogelbuurt',9,'Veiligheid','Samen knelpunten in de openbare ruimte vinden en oplossen.','Bewoners, gemeente, corporatie en politie lopen twee keer per jaar door de buurt.','welzijnsorganisatie, school','2022-10-06 00:00:00','2023-11-06 00:00:00',245,1,'["corporatie-betrokken"]','["wisseling-contactpersoon","professional-dominant"]','De corporatie dacht vanaf het begin mee en stelde ruimte beschikbaar. Door drie wisselingen van contactpersoon ging veel vertrouwen verloren. Professionals namen het over en bewoners haakten af.');
INSERT INTO "Interventies" VALUES(2,'Achter de voordeur Hoogveld',44,'Zorg','Kwetsbare huishoudens vroeg in beeld.','Huisbezoeken door corporatie en wijkteam.','welzijnsorganisatie, school, politie','2024-05-06 00:00:00','2025-02-06 00:00:00',475,2,'["ontmoetingsplek","snelle-besluitvorming","zichtbaar-resultaat"]','["regels-bureaucratie","wisseling-contactpersoon"]','Met een eigen plek in de buurt was er altijd een plaats om af te spreken. Omdat de gemeente binnen twee weken besliste bleef de energie erin. Een snel zichtbaar resultaat overtuigde twijfelende buren. De aanvraagprocedure was te ingewikkeld; bewoners gaven het op. Door drie wisselingen van contactpersoon ging veel vertrouwen verloren.');
INSERT INTO "Interventies" VALUES(3,'Speelplek ontwerpen met kinderen Veerweg',49,'Spelen','Een speelplek die kinderen zelf bedachten.','Ontwerpsessies op school, uitvoering door de gemeente.','welzijnsorganisatie, huurdersvereniging, woningcorporatie, bewonerscommissie','2020-01-06 00:00:00','2021-04-06 00:00:00',336,4,'["flexibel-budget","communicatie","bewoners-aan-zet"]','["onduidelijke-rollen","wisseling-contactpersoon"]','Een klein budget zonder ingewikkelde aanvraag werkte beter dan een groot fonds. Regelmatig laten weten wat er met ideeën gebeurde hield bewoners betrokken. Toen bewoners zelf de agenda bepaalden kwamen er veel meer mensen op af. Niemand wist wie waarover ging tussen gemeente en corporatie. Door drie wisselingen van contactpersoon ging veel vertrouwen verloren.');
INSERT INTO "Interventies" VALUES(4,'Huiskamer van de wijk Schepenbuurt',36,'Ontmoeting','Een laagdrempelige ontmoetingsplek in de buurt.','Welzijnswerk opent een huiskamer; bewoners vullen het programma in.','school, welzijnsorganisatie, huurdersvereniging','2025-08-06 00:00:00','2026-05-06 00:00:00',598,2,'["snelle-besluitvorming","flexibel-budget"]','["trage-besluitvorming","wisseling-contactpersoon"]','Omdat de gemeente binnen twee weken besliste bleef de energie erin. Een klein budget zonder ingewikkelde aanvraag werkte beter dan een groot fonds. Het duurde maanden voor er een besluit kwam en de groep viel uit elkaar. Door drie wisselingen van contactpersoon ging veel vertrouwen verloren.');
INSERT INTO "Interventies" VALUES(5,'Achter de voordeur Walstraat',7,'Zorg','Kwetsbare huishoudens vroeg in beeld.','Huisbezoeken door corporatie en wijkteam.','bewonerscommissie, welzijnsorganisatie','2025-06-06 00:00:00','2026-10-06 00:00:00',501,1,'["snelle-besluitvorming","communicatie"]','["te-weinig-vrijwilligers"]','Omdat de gemeente binnen twee weken besliste bleef de energie erin. Regelmatig laten weten wat er met ideeën gebeurde hield bewoners betrokken. Het draaide op een paar mensen en viel stil toen die stopten.');
CREATE TABLE "ProgrammaBuurten" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ProgrammaBuurten" PRIMARY KEY AUTOINCREMENT,
    "ProgrammaId" INTEGER NOT NULL,
    "BuurtId" INTEGER NOT NULL,
    "Rang" INTEGER NOT NULL,
    "Score" REAL NOT NULL,
    "Redenen" TEXT NOT NULL,
    CONSTRAINT "FK_ProgrammaBuurten_Buurten_BuurtId" FOREIGN KEY ("BuurtId") REFERENCES "Buurten" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_ProgrammaBuurten_Programmas_ProgrammaId" FOREIGN KEY ("ProgrammaId") REFERENCES "Programmas" ("Id") ON DELETE CASCADE
);
CREATE TABLE "ProgrammaFases" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ProgrammaFases" PRIMARY KEY AUTOINCREMENT,
    "ProgrammaId" INTEGER NOT NULL,
    "Volgorde" INTEGER NOT NULL,
    "Code" TEXT NOT NULL,
    "Naam" TEXT NOT NULL,
    "StartDatum" TEXT NOT NULL,
    "EindDatum" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    CONSTRAINT "FK_ProgrammaFases_Programmas_ProgrammaId" FOREIGN KEY ("ProgrammaId") REFERENCES "Programmas" ("Id") ON DELETE CASCADE
);
INSERT INTO "ProgrammaFases" VALUES(1,1,1,'analyse','Analyse succesfactoren en leerpunten','2026-11-01 00:00:00','2027-01-31 00:00:00','Gepland');
INSERT INTO "ProgrammaFases" VALUES(2,1,2,'selectie','Selectie 2 buurten incl. plannen van aanpak','2027-02-01 00:00:00','2027-02-28 00:00:00','Gepland');
INSERT INTO "ProgrammaFases" VALUES(3,1,3,'uitvoering','Uitvoering','2027-03-01 00:00:00','2027-09-30 00:00:00','Gepland');
INSERT INTO "ProgrammaFases" VALUES(4,1,4,'voorstel','Voorstel bijdragen gemeente en corporaties','2027-10-01 00:00:00','2027-10-31 00:00:00','Gepland');
INSERT INTO "ProgrammaFases" VALUES(5,1,5,'advies','Opstellen advies gezamenlijke samenwerking','2027-11-01 00:00:00','2027-11-30 00:00:00','Gepland');
INSERT INTO "ProgrammaFases" VALUES(6,1,6,'besluit','Besluit samenwerking','2027-11-01 00:00:00','2027-11-30 00:00:00','Gepland');
CREATE TABLE "Programmas" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Programmas" PRIMARY KEY AUTOINCREMENT,
    "Naam" TEXT NOT NULL,
    "Omschrijving" TEXT NULL,
    "GemeenteId" INTEGER NOT NULL,
    "StartDatum" TEXT NOT NULL,
    "EindDatum" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "WorkflowInstanceId" TEXT NULL,
    CONSTRAINT "FK_Programmas_Gemeenten_GemeenteId" FOREIGN KEY ("GemeenteId") REFERENCES "Gemeenten" ("Id") ON DELETE CASCADE
);
INSERT INTO "Programmas" VALUES(1,'Doe-democratie Maaswaarde 2026–2027','De buurt teruggeven aan de bewoners: gemeente en corporaties vergroten samen de burgerkracht en zelfredzaamheid in twee buurten.',1,'2026-11-01 00:00:00','2027-11-30 00:00:00','Gepland',NULL);
CREATE TABLE "RegelBeslissingen" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_RegelBeslissingen" PRIMARY KEY AUTOINCREMENT,
    "InitiatiefId" INTEGER NULL,
    "ProgrammaId" INTEGER NULL,
    "WorkflowInstanceId" TEXT NOT NULL,
    "ActivityId" TEXT NOT NULL,
    "Regelset" TEXT NOT NULL,
    "RegelsetVersie" TEXT NULL,
    "Op" TEXT NOT NULL,
    "Uitkomsten" TEXT NOT NULL,
    "ResultaatJson" TEXT NOT NULL
);
CREATE TABLE "RegelsetConcepten" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_RegelsetConcepten" PRIMARY KEY AUTOINCREMENT,
    "Regelset" TEXT NOT NULL,
    "Json" TEXT NOT NULL,
    "Revisie" INTEGER NOT NULL,
    "BasisVersie" INTEGER NULL,
    "Door" TEXT NOT NULL,
    "Op" TEXT NOT NULL
);
CREATE TABLE "RegelsetLogboek" (
    "Volgnummer" INTEGER NOT NULL CONSTRAINT "PK_RegelsetLogboek" PRIMARY KEY,
    "Op" TEXT NOT NULL,
    "Door" TEXT NOT NULL,
    "Actie" TEXT NOT NULL,
    "Regelset" TEXT NOT NULL,
    "Versie" INTEGER NOT NULL,
    "VorigeVersie" INTEGER NULL,
    "Sha256" TEXT NOT NULL,
    "Toelichting" TEXT NULL,
    "VorigeHash" TEXT NULL,
    "Hash" TEXT NOT NULL
);
INSERT INTO "RegelsetLogboek" VALUES(1,'2026-12-06 17:55:09.5715737','systeem','Geimporteerd','buurtselectie',1,NULL,'07190ab198af1a7f1f1ad11b3b2efd0f86de9c9ceeb5ac3909c8d96b401926b2','Meegeleverd regelbestand',NULL,'2db72f59150ecfcc5198e3707793569b24d07a65c3d8f19cc91a3a4c569b9a14');
INSERT INTO "RegelsetLogboek" VALUES(2,'2026-12-06 17:55:09.6929636','systeem','Geimporteerd','ondersteuning',1,NULL,'03d5bfeb5175bfbe2ef12173aa8843ffc654729a11c71362bb0b20aa39dbe24c','Meegeleverd regelbestand','2db72f59150ecfcc5198e3707793569b24d07a65c3d8f19cc91a3a4c569b9a14','09f5e91d9c547fbf28b7269b4ee84f9fe5e6348d615c9747689dcaee43872852');
INSERT INTO "RegelsetLogboek" VALUES(3,'2026-12-06 17:55:09.7325054','systeem','Geimporteerd','routering',1,NULL,'e9c5db8b57a7d5c98e3424b0c5eb27dbcda7152267306fbdc8cade0af030d34e','Meegeleverd regelbestand','09f5e91d9c547fbf28b7269b4ee84f9fe5e6348d615c9747689dcaee43872852','6aef6489f2ad01454a39ec356d63a3cddd652c839ff66131c7a725c57335e120');
CREATE TABLE "RegelsetVersies" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_RegelsetVersies" PRIMARY KEY AUTOINCREMENT,
    "Regelset" TEXT NOT NULL,
    "Nummer" INTEGER NOT NULL,
    "Json" TEXT NOT NULL,
    "Sha256" TEXT NOT NULL,
    "Door" TEXT NOT NULL,
    "Op" TEXT NOT NULL,
    "Toelichting" TEXT NULL,
    "Bron" TEXT NOT NULL,
    "TeruggezetNaar" INTEGER NULL
);
INSERT INTO "RegelsetVersies" VALUES(1,'buurtselectie',1,'[
  {
    "WorkflowName": "buurtselectie",
    "GlobalParams": [
      { "Name": "sesDeel", "Expression": "Math.Round(30.0 * Math.Clamp((1.0 - buurt.SesScore) / 2.5, 0.0, 1.0), 1)" },
      { "Name": "leefbaarheidDeel", "Expression": "Math.Round(20.0 * Math.Clamp((9.0 - buurt.LeefbaarheidScore) / 8.0, 0.0, 1.0), 1)" },
      { "Name": "corporatieDeel", "Expression": "Math.Round(20.0 * Math.Clamp(buurt.AandeelCorporatiewoningen / 100.0, 0.0, 1.0), 1)" },
      { "Name": "uitkeringDeel", "Expression": "Math.Round(10.0 * Math.Clamp(buurt.AandeelUitkeringen / 30.0, 0.0, 1.0), 1)" },
      { "Name": "inkomenDeel", "Expression": "Math.Round(10.0 * Math.Clamp((35.0 - buurt.GemiddeldInkomen) / 15.0, 0.0, 1.0), 1)" },
      { "Name": "basisDeel", "Expression": "Math.Min(buurt.AantalBuurthuizen, 2) * 2.5 + Math.Min(buurt.AantalActieveInitiatieven, 4) * 1.25" },
      { "Name": "score", "Expression": "Math.Round(sesDeel + leefbaarheidDeel + corporatieDeel + uitkeringDeel + inkomenDeel + basisDeel, 1)" }
    ],
    "Rules": [
      {
        "RuleName": "Geschikt voor doe-democratie",
        "Operator": "And",
        "SuccessEvent": "De buurt komt in aanmerking voor het doe-democratieprogramma.",
        "ErrorMessage": "$(buurt.Naam) ($(buurt.Code)) komt niet in aanmerking; zie per voorwaarde waarom.",
        "Rules": [
          {
            "RuleName": "Genoeg huishoudens",
            "Expression": "buurt.Huishoudens >= 500",
            "SuccessEvent": "Er wonen genoeg huishoudens (500 of meer) om een buurtaanpak te dragen.",
            "ErrorMessage": "Er wonen $(buurt.Huishoudens) huishoudens; het programma vraagt er minstens 500, zodat er genoeg bewoners zijn om mee te doen."
          },
          {
            "RuleName": "Kwetsbare buurt",
            "Operator": "Or",
            "SuccessEvent": "De buurt is sociaaleconomisch kwetsbaar of de leefbaarheid staat onder druk.",
            "ErrorMessage": "De buurt scoort niet laag genoeg op sociaaleconomische status (SES $(buurt.SesScore)) of leefbaarheid ($(buurt.LeefbaarheidScore)).",
            "Rules": [
              {
                "RuleName": "Lage sociaaleconomische status",
                "Expression": "buurt.SesScore <= -0.3",
                "SuccessEvent": "De sociaaleconomische status (SES-WOA) is laag: -0,3 of lager.",
                "ErrorMessage": "De SES-score is $(buurt.SesScore); voor deze voorwaarde moet die -0.3 of lager zijn."
              },
              {
                "RuleName": "Lage leefbaarheid",
                "Expression": "buurt.LeefbaarheidScore <= 5.0",
                "SuccessEvent": "De leefbaarheid is zwak: een score van 5 of lager op de schaal van 1 tot 9.",
                "ErrorMessage": "De leefbaarheidsscore is $(buurt.LeefbaarheidScore); voor deze voorwaarde moet die 5 of lager zijn."
              }
            ]
          },
          {
            "RuleName": "Veel corporatiewoningen",
            "Expression": "buurt.AandeelCorporatiewoningen >= 30",
            "SuccessEvent": "Minstens 30% van de woningen is van een woningcorporatie, zodat de corporaties kunnen bijdragen.",
            "ErrorMessage": "$(buurt.AandeelCorporatiewoningen)% van de woningen is van een corporatie; het programma vraagt minstens 30%."
          },
          {
            "RuleName": "Iets om op voort te bouwen",
            "Expression": "buurt.AantalBuurthuizen >= 1 || buurt.AantalActieveInitiatieven >= 2 || buurt.HeeftWijkraad",
            "SuccessEvent": "Er is al iets om op voort te bouwen: een buurthuis, lopende initiatieven of een wijkraad.",
            "ErrorMessage": "Er is geen buurthuis, er lopen minder dan 2 initiatieven en er is geen wijkraad: er is te weinig om op voort te bouwen."
          }
        ]
      },
      {
        "RuleName": "Prioriteitsscore",
        "Expression": "score >= 0",
        "SuccessEvent": "De prioriteitsscore (0 tot 100, hoger = meer voorrang) is berekend.",
        "ErrorMessage": "De prioriteitsscore kon niet berekend worden.",
        "Actions": {
          "OnSuccess": {
            "Name": "OutputExpression",
            "Context": {
              "Expression": "new (buurt.Code as Code, buurt.Naam as Naam, score as Score, sesDeel as Sociaaleconomisch, leefbaarheidDeel as Leefbaarheid, corporatieDeel as Corporatiewoningen, uitkeringDeel as Uitkeringen, inkomenDeel as Inkomen, basisDeel as Basis)"
            }
          }
        }
      }
    ]
  }
]
','07190ab198af1a7f1f1ad11b3b2efd0f86de9c9ceeb5ac3909c8d96b401926b2','systeem','2026-12-06 17:55:09.5715737','Meegeleverd regelbestand','Bestand',NULL);
INSERT INTO "RegelsetVersies" VALUES(2,'ondersteuning',1,'[
  {
    "WorkflowName": "ondersteuning",
    "GlobalParams": [
      { "Name": "totaalDitJaar", "Expression": "initiatief.GevraagdBedrag + initiatief.EerderOntvangenDitJaar" },
      { "Name": "aanvraag", "Expression": "Convert.ToDateTime(initiatief.AanvraagDatum)" },
      { "Name": "start", "Expression": "Convert.ToDateTime(initiatief.StartDatum)" },
      { "Name": "hulp", "Expression": "initiatief.HulpGevraagd.Select(h => h.ToLower()).ToArray()" }
    ],
    "Rules": [
      {
        "RuleName": "Buurtbudget",
        "Operator": "And",
        "SuccessEvent": "U kunt een bijdrage uit het buurtbudget krijgen (tot 500 euro).",
        "ErrorMessage": "U komt niet in aanmerking voor het buurtbudget; hieronder staat welke voorwaarde niet klopt.",
        "Rules": [
          {
            "RuleName": "Woont in de gemeente",
            "Expression": "initiatief.WoontInGemeente",
            "SuccessEvent": "U woont in de gemeente.",
            "ErrorMessage": "U woont niet in de gemeente; het buurtbudget is voor inwoners."
          },
          {
            "RuleName": "Met of voor andere bewoners",
            "Expression": "initiatief.MetOfVoorAndereBewoners",
            "SuccessEvent": "Het initiatief is met of voor andere bewoners.",
            "ErrorMessage": "Het initiatief is niet met of voor andere bewoners; het buurtbudget is voor iets wat de buurt samen doet."
          },
          {
            "RuleName": "Verder dan eigen huis en tuin",
            "Expression": "initiatief.ReiktVerderDanEigenHuisEnTuin",
            "SuccessEvent": "Het initiatief reikt verder dan uw eigen huis en tuin.",
            "ErrorMessage": "Het initiatief blijft binnen uw eigen huis en tuin; het moet de buurt ten goede komen."
          },
          {
            "RuleName": "Niet commercieel, politiek of religieus",
            "Expression": "!initiatief.IsCommercieel && !initiatief.IsPolitiek && !initiatief.IsReligieus",
            "SuccessEvent": "Het initiatief is niet commercieel, politiek of religieus.",
            "ErrorMessage": "Het initiatief is commercieel, politiek of religieus; daarvoor is geen buurtbudget."
          },
          {
            "RuleName": "Bedrag tot 500 euro",
            "Expression": "initiatief.GevraagdBedrag > 0 && initiatief.GevraagdBedrag <= 500",
            "SuccessEvent": "Het gevraagde bedrag past in het buurtbudget (tot 500 euro).",
            "ErrorMessage": "U vraagt $(initiatief.GevraagdBedrag) euro; het buurtbudget geeft tot 500 euro. Voor meer kunt u het initiatievenfonds proberen."
          },
          {
            "RuleName": "Aangevraagd voor de start",
            "Expression": "aanvraag < start",
            "SuccessEvent": "U vraagt de bijdrage aan voordat het initiatief begint.",
            "ErrorMessage": "De aanvraag komt niet voor de startdatum ($(initiatief.StartDatum)); een bijdrage wordt vooraf aangevraagd."
          }
        ]
      },
      {
        "RuleName": "Initiatievenfonds",
        "Operator": "And",
        "SuccessEvent": "U kunt een bijdrage uit het initiatievenfonds aanvragen (tot 20.000 euro per jaar).",
        "ErrorMessage": "U komt (nog) niet in aanmerking voor het initiatievenfonds; hieronder staat welke voorwaarde niet klopt.",
        "Rules": [
          {
            "RuleName": "Woont in de gemeente",
            "Expression": "initiatief.WoontInGemeente",
            "SuccessEvent": "U woont in de gemeente.",
            "ErrorMessage": "U woont niet in de gemeente; het initiatievenfonds is voor inwoners."
          },
          {
            "RuleName": "Met of voor andere bewoners",
            "Expression": "initiatief.MetOfVoorAndereBewoners && initiatief.ReiktVerderDanEigenHuisEnTuin",
            "SuccessEvent": "Het initiatief is met of voor andere bewoners en reikt verder dan uw eigen huis en tuin.",
            "ErrorMessage": "Het initiatief moet met of voor andere bewoners zijn en verder reiken dan uw eigen huis en tuin."
          },
          {
            "RuleName": "Niet commercieel, politiek of religieus",
            "Expression": "!initiatief.IsCommercieel && !initiatief.IsPolitiek && !initiatief.IsReligieus",
            "SuccessEvent": "Het initiatief is niet commercieel, politiek of religieus.",
            "ErrorMessage": "Het initiatief is commercieel, politiek of religieus; het fonds steunt dat niet."
          },
          {
            "RuleName": "Maximaal 20.000 euro per jaar",
            "Expression": "initiatief.GevraagdBedrag > 0 && totaalDitJaar <= 20000",
            "SuccessEvent": "Met deze aanvraag blijft het initiatief binnen 20.000 euro dit jaar.",
            "ErrorMessage": "Met deze aanvraag komt het initiatief dit jaar op $(totaalDitJaar) euro; het maximum is 20.000 euro per initiatief per jaar."
          },
          {
            "RuleName": "Eigen bijdrage",
            "Expression": "initiatief.EigenBijdrageGeld > 0 || initiatief.EigenBijdrageUren > 0 || initiatief.EigenBijdrageMaterialen",
            "SuccessEvent": "De initiatiefnemers dragen zelf bij in geld, tijd of materialen.",
            "ErrorMessage": "Er is geen eigen bijdrage; draag zelf iets bij in geld, uren of materialen."
          },
          {
            "RuleName": "Aangevraagd voor de start",
            "Expression": "aanvraag < start",
            "SuccessEvent": "U vraagt de bijdrage aan voordat het initiatief begint.",
            "ErrorMessage": "De aanvraag komt niet voor de startdatum ($(initiatief.StartDatum)); het fonds betaalt niet achteraf."
          },
          {
            "RuleName": "Steun van buren boven 2.500 euro",
            "Expression": "initiatief.GevraagdBedrag <= 2500 || initiatief.AantalHandtekeningen >= 5",
            "SuccessEvent": "Het bedrag is tot 2.500 euro of minstens 5 buren steunen het initiatief.",
            "ErrorMessage": "Boven 2.500 euro zijn handtekeningen van minstens 5 buren nodig; er zijn er $(initiatief.AantalHandtekeningen)."
          }
        ]
      },
      {
        "RuleName": "BegeleidingWijkcoordinator",
        "Operator": "And",
        "SuccessEvent": "Een wijkcoördinator helpt u op weg en is uw vaste contactpersoon.",
        "ErrorMessage": "Begeleiding door de wijkcoördinator is niet nodig of niet mogelijk; u kunt altijd zelf contact opnemen.",
        "Rules": [
          {
            "RuleName": "Woont in de gemeente",
            "Expression": "initiatief.WoontInGemeente",
            "SuccessEvent": "U woont in de gemeente.",
            "ErrorMessage": "U woont niet in de gemeente; de wijkcoördinator begeleidt inwoners."
          },
          {
            "RuleName": "Vraagt om hulp of is groot",
            "Expression": "hulp.Any(h => h == \"advies\" || h == \"contactpersoon\" || h == \"vergunning\") || initiatief.GevraagdBedrag > 2500 || initiatief.AantalDeelnemers >= 50",
            "SuccessEvent": "U vraagt om advies, een vergunning of een contactpersoon, of het initiatief is groot.",
            "ErrorMessage": "U vraagt niet om advies, een vergunning of een contactpersoon en het initiatief is klein."
          }
        ]
      },
      {
        "RuleName": "BijdrageWoningcorporatie",
        "Operator": "And",
        "SuccessEvent": "De woningcorporatie kan bijdragen, omdat haar woningen of huurders erbij betrokken zijn.",
        "ErrorMessage": "Een bijdrage van de woningcorporatie is niet mogelijk; hieronder staat waarom.",
        "Rules": [
          {
            "RuleName": "Corporatiebezit of huurders betrokken",
            "Expression": "initiatief.CorporatieBezitBetrokken || initiatief.HuurdersBetrokken",
            "SuccessEvent": "Woningen of huurders van de corporatie zijn betrokken.",
            "ErrorMessage": "Er zijn geen woningen of huurders van een corporatie bij betrokken; de corporatie draagt alleen bij aan haar eigen bezit en huurders."
          },
          {
            "RuleName": "Met of voor andere bewoners",
            "Expression": "initiatief.MetOfVoorAndereBewoners",
            "SuccessEvent": "Het initiatief is met of voor andere bewoners.",
            "ErrorMessage": "Het initiatief is niet met of voor andere bewoners."
          },
          {
            "RuleName": "Niet commercieel, politiek of religieus",
            "Expression": "!initiatief.IsCommercieel && !initiatief.IsPolitiek && !initiatief.IsReligieus",
            "SuccessEvent": "Het initiatief is niet commercieel, politiek of religieus.",
            "ErrorMessage": "Het initiatief is commercieel, politiek of religieus; de corporatie steunt dat niet."
          }
        ]
      },
      {
        "RuleName": "Ruimte",
        "Operator": "And",
        "SuccessEvent": "U kunt een ruimte (buurthuis, wijkcentrum) gebruiken.",
        "ErrorMessage": "Een ruimte via de gemeente is niet mogelijk; hieronder staat waarom.",
        "Rules": [
          {
            "RuleName": "Ruimte gevraagd",
            "Expression": "hulp.Contains(\"ruimte\")",
            "SuccessEvent": "U vraagt om een ruimte.",
            "ErrorMessage": "U heeft niet om een ruimte gevraagd."
          },
          {
            "RuleName": "Niet commercieel",
            "Expression": "!initiatief.IsCommercieel",
            "SuccessEvent": "Het initiatief is niet commercieel.",
            "ErrorMessage": "Voor commerciële activiteiten is een ruimte van de gemeente niet beschikbaar."
          }
        ]
      },
      {
        "RuleName": "Materialen",
        "Operator": "And",
        "SuccessEvent": "U kunt materialen lenen (bijvoorbeeld gereedschap, partytent, afzetlinten).",
        "ErrorMessage": "Materialen lenen via de gemeente is niet mogelijk; hieronder staat waarom.",
        "Rules": [
          {
            "RuleName": "Materialen gevraagd",
            "Expression": "hulp.Contains(\"materialen\")",
            "SuccessEvent": "U vraagt om materialen.",
            "ErrorMessage": "U heeft niet om materialen gevraagd."
          },
          {
            "RuleName": "Woont in de gemeente",
            "Expression": "initiatief.WoontInGemeente",
            "SuccessEvent": "U woont in de gemeente.",
            "ErrorMessage": "U woont niet in de gemeente; de uitleen is voor inwoners."
          }
        ]
      }
    ]
  }
]
','03d5bfeb5175bfbe2ef12173aa8843ffc654729a11c71362bb0b20aa39dbe24c','systeem','2026-12-06 17:55:09.6929636','Meegeleverd regelbestand','Bestand',NULL);
INSERT INTO "RegelsetVersies" VALUES(3,'routering',1,'[
  {
    "WorkflowName": "routering",
    "GlobalParams": [
      { "Name": "thema", "Expression": "initiatief.Thema == null ? \"anders\" : initiatief.Thema.Trim().ToLower()" }
    ],
    "Rules": [
      {
        "RuleName": "Wijkcoordinator",
        "Expression": "true",
        "SuccessEvent": "wijkcoordinator",
        "ErrorMessage": "Elk initiatief gaat eerst naar de wijkcoördinator van de buurt."
      },
      {
        "RuleName": "Advies wijkraad",
        "Expression": "initiatief.HeeftWijkraad",
        "SuccessEvent": "wijkraad",
        "ErrorMessage": "Buurt $(initiatief.BuurtCode) heeft geen wijk- of dorpsraad; er wordt geen advies gevraagd."
      },
      {
        "RuleName": "Woningcorporatie",
        "Expression": "initiatief.CorporatieBetrokken",
        "SuccessEvent": "woningcorporatie",
        "ErrorMessage": "Er zijn geen woningen of huurders van een corporatie betrokken."
      },
      {
        "RuleName": "Openbare ruimte",
        "Expression": "new [] { \"groen\", \"spelen\", \"veiligheid\", \"duurzaamheid\" }.Contains(thema)",
        "SuccessEvent": "afdeling-openbare-ruimte",
        "ErrorMessage": "Het thema ''$(initiatief.Thema)'' hoort niet bij de openbare ruimte."
      },
      {
        "RuleName": "Sociaal domein",
        "Expression": "thema == \"ontmoeting\" || thema == \"zorg\"",
        "SuccessEvent": "afdeling-sociaal-domein",
        "ErrorMessage": "Het thema ''$(initiatief.Thema)'' hoort niet bij het sociaal domein."
      },
      {
        "RuleName": "Cultuur en sport",
        "Expression": "thema == \"cultuur\" || thema == \"sport\"",
        "SuccessEvent": "afdeling-cultuur-en-sport",
        "ErrorMessage": "Het thema ''$(initiatief.Thema)'' hoort niet bij cultuur en sport."
      },
      {
        "RuleName": "Bewonerszaken",
        "Expression": "!new [] { \"groen\", \"spelen\", \"veiligheid\", \"duurzaamheid\", \"ontmoeting\", \"zorg\", \"cultuur\", \"sport\" }.Contains(thema)",
        "SuccessEvent": "afdeling-bewonerszaken",
        "ErrorMessage": "Het thema ''$(initiatief.Thema)'' heeft een vaste afdeling."
      },
      {
        "RuleName": "College",
        "Expression": "initiatief.GevraagdBedrag > 20000",
        "SuccessEvent": "college",
        "ErrorMessage": "Het gevraagde bedrag ($(initiatief.GevraagdBedrag) euro) valt binnen het mandaat van de ambtelijke organisatie."
      },
      {
        "RuleName": "Uitvoering door gemeente",
        "Expression": "!initiatief.WilZelfUitvoeren",
        "SuccessEvent": "afdeling-uitvoering",
        "ErrorMessage": "De bewoners voeren het initiatief zelf uit; de gemeente ondersteunt."
      }
    ]
  }
]
','e9c5db8b57a7d5c98e3424b0c5eb27dbcda7152267306fbdc8cade0af030d34e','systeem','2026-12-06 17:55:09.7325054','Meegeleverd regelbestand','Bestand',NULL);
CREATE TABLE "StaffAccounts" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_StaffAccounts" PRIMARY KEY AUTOINCREMENT,
    "Gebruikersnaam" TEXT NOT NULL,
    "Naam" TEXT NOT NULL,
    "PasswordHash" TEXT NOT NULL,
    "Rollen" TEXT NOT NULL,
    "WoningcorporatieId" INTEGER NULL,
    "IsActief" INTEGER NOT NULL,
    "AangemaaktOp" TEXT NOT NULL
);
INSERT INTO "StaffAccounts" VALUES(1,'wijkcoordinator','Demo wijkcoordinator','AQAAAAIAAYagAAAAEPIBaDfhYG6txdTURKz2iLcUTh7KWazt5jju3wM7kHmDpBpukU/5d3gOjY0thYxbhg==','["wijkcoordinator"]',NULL,1,'2026-12-06 17:55:08.5558751');
INSERT INTO "StaffAccounts" VALUES(2,'corporatie','Demo corporatie','AQAAAAIAAYagAAAAEDSUelxyAkIaf2lvSzL1AtHNHkA8rBt6W5Z85TpHTix5SgHxpc1DhpTYVDbmVOE7Jw==','["corporatie"]',NULL,1,'2026-12-06 17:55:08.7253986');
INSERT INTO "StaffAccounts" VALUES(3,'afdeling','Demo afdeling','AQAAAAIAAYagAAAAEHwvnYFiqnWu2BpS4OZuBgFWAEhY5wMDIXC67zHWwqwYq1cf1SX022X86pYdgSHsaA==','["afdeling"]',NULL,1,'2026-12-06 17:55:08.8367888');
INSERT INTO "StaffAccounts" VALUES(4,'beleid','Demo beleid','AQAAAAIAAYagAAAAEFk/Px//CuB1gmWLbwljrEgJCPeIG89oh0Nlo9YNUyOP4x2HXLF/2iwJkJkmCcY1WQ==','["beleid"]',NULL,1,'2026-12-06 17:55:09.0381606');
INSERT INTO "StaffAccounts" VALUES(5,'beheer','Demo beheer','AQAAAAIAAYagAAAAEDHaEawuFrorIzJlLyvBShcF6wWu29erfgEdcc2uPnOlkkJ7LGj9NnpbiyqSZNFx5w==','["beheer"]',NULL,1,'2026-12-06 17:55:09.1779435');
CREATE TABLE "Taken" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Taken" PRIMARY KEY AUTOINCREMENT,
    "Titel" TEXT NOT NULL,
    "Omschrijving" TEXT NULL,
    "Rol" TEXT NOT NULL,
    "ToegewezenAan" TEXT NULL,
    "BuurtId" INTEGER NULL,
    "InitiatiefId" INTEGER NULL,
    "ProgrammaId" INTEGER NULL,
    "AangemaaktOp" TEXT NOT NULL,
    "VervalDatum" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "Uitkomsten" TEXT NOT NULL,
    "Uitkomst" TEXT NULL,
    "Toelichting" TEXT NULL,
    "AfgerondOp" TEXT NULL,
    "AfgerondDoor" TEXT NULL,
    "WorkflowInstanceId" TEXT NULL,
    "BookmarkId" TEXT NULL, "GeescaleerdNaar" TEXT NULL, "GeescaleerdOp" TEXT NULL, "HerinneringOp" TEXT NULL,
    CONSTRAINT "FK_Taken_Buurten_BuurtId" FOREIGN KEY ("BuurtId") REFERENCES "Buurten" ("Id"),
    CONSTRAINT "FK_Taken_Initiatieven_InitiatiefId" FOREIGN KEY ("InitiatiefId") REFERENCES "Initiatieven" ("Id")
);
INSERT INTO "Taken" VALUES(1,'Intake door de wijkcoördinator: Betere verlichting in het park',NULL,'wijkcoordinator',NULL,4,1,NULL,'2026-04-17 00:00:00','2026-04-24 00:00:00','Afgerond','["doorzetten","meer-informatie","niet-ondersteunen"]','doorzetten','Akkoord.','2026-04-26 13:00:00','wijkcoordinator',NULL,NULL,NULL,NULL,NULL);
INSERT INTO "Taken" VALUES(2,'Advies wijk- of dorpsraad: Betere verlichting in het park',NULL,'wijkraad',NULL,4,1,NULL,'2026-04-26 13:00:00','2026-05-03 13:00:00','Afgerond','["positief","negatief","geen-advies"]','positief','Goed idee, past bij de buurt.','2026-05-01 21:00:00','wijkraad',NULL,NULL,NULL,NULL,NULL);
INSERT INTO "Taken" VALUES(3,'Besluit over ondersteuning: Betere verlichting in het park',NULL,'afdeling',NULL,4,1,NULL,'2026-05-01 21:00:00','2026-05-08 21:00:00','Afgerond','["toekennen","afwijzen"]','toekennen','Akkoord.','2026-05-12 12:00:00','afdeling',NULL,NULL,NULL,NULL,NULL);
INSERT INTO "Taken" VALUES(4,'Intake door de wijkcoördinator: Filmavond op het plein',NULL,'wijkcoordinator',NULL,8,2,NULL,'2026-06-03 00:00:00','2026-06-10 00:00:00','Afgerond','["doorzetten","meer-informatie","niet-ondersteunen"]','doorzetten','Akkoord.','2026-06-06 11:00:00','wijkcoordinator',NULL,NULL,NULL,NULL,NULL);
INSERT INTO "Taken" VALUES(5,'Advies wijk- of dorpsraad: Filmavond op het plein',NULL,'wijkraad',NULL,8,2,NULL,'2026-06-06 11:00:00','2026-06-13 11:00:00','Afgerond','["positief","negatief","geen-advies"]','positief','Goed idee, past bij de buurt.','2026-06-15 19:00:00','wijkraad',NULL,NULL,NULL,NULL,NULL);
INSERT INTO "Taken" VALUES(6,'Besluit over ondersteuning: Filmavond op het plein',NULL,'afdeling',NULL,8,2,NULL,'2026-06-15 19:00:00','2026-06-22 19:00:00','Afgerond','["toekennen","afwijzen"]','toekennen','Goed idee, past bij de buurt.','2026-06-28 10:00:00','afdeling',NULL,NULL,NULL,NULL,NULL);
INSERT INTO "Taken" VALUES(7,'Intake door de wijkcoördinator: Speelstraat op woensdag',NULL,'wijkcoordinator',NULL,26,3,NULL,'2026-06-08 00:00:00','2026-06-15 00:00:00','Afgerond','["doorzetten","meer-informatie","niet-ondersteunen"]','doorzetten','Na gesprek met de initiatiefnemer akkoord.','2026-06-14 12:00:00','wijkcoordinator',NULL,NULL,NULL,NULL,NULL);
INSERT INTO "Taken" VALUES(8,'Advies wijk- of dorpsraad: Speelstraat op woensdag',NULL,'wijkraad',NULL,26,3,NULL,'2026-06-14 12:00:00','2026-06-21 12:00:00','Afgerond','["positief","negatief","geen-advies"]','positief','Goed idee, past bij de buurt.','2026-06-17 00:00:00','wijkraad',NULL,NULL,NULL,NULL,NULL);
INSERT INTO "Taken" VALUES(9,'Besluit over ondersteuning: Speelstraat op woensdag',NULL,'afdeling',NULL,26,3,NULL,'2026-06-17 00:00:00','2026-06-24 00:00:00','Afgerond','["toekennen","afwijzen"]','toekennen','Goed idee, past bij de buurt.','2026-06-29 08:00:00','afdeling',NULL,NULL,NULL,NULL,NULL);
INSERT INTO "Taken" VALUES(10,'Intake door de wijkcoördinator: Geveltuinen in de Johanneskade',NULL,'wijkcoordinator',NULL,49,4,NULL,'2026-10-27 00:00:00','2026-11-03 00:00:00','Afgerond','["doorzetten","meer-informatie","niet-ondersteunen"]','doorzetten','Na gesprek met de initiatiefnemer akkoord.','2026-11-07 11:00:00','wijkcoordinator',NULL,NULL,NULL,NULL,NULL);
INSERT INTO "Taken" VALUES(11,'Advies wijk- of dorpsraad: Geveltuinen in de Johanneskade',NULL,'wijkraad',NULL,49,4,NULL,'2026-11-07 11:00:00','2026-11-14 11:00:00','Afgerond','["positief","negatief","geen-advies"]','positief','Na gesprek met de initiatiefnemer akkoord.','2026-11-16 03:00:00','wijkraad',NULL,NULL,NULL,NULL,NULL);
INSERT INTO "Taken" VALUES(12,'Besluit over ondersteuning: Geveltuinen in de Johanneskade',NULL,'afdeling',NULL,49,4,NULL,'2026-11-16 03:00:00','2026-12-13 20:00:00','Open','["toekennen","afwijzen"]',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "Taken" VALUES(13,'Intake door de wijkcoördinator: Buurtkrant Oude Molen',NULL,'wijkcoordinator',NULL,6,5,NULL,'2026-09-04 00:00:00','2026-09-11 00:00:00','Afgerond','["doorzetten","meer-informatie","niet-ondersteunen"]','doorzetten','Na gesprek met de initiatiefnemer akkoord.','2026-09-11 08:00:00','wijkcoordinator',NULL,NULL,NULL,NULL,NULL);
INSERT INTO "Taken" VALUES(14,'Advies wijk- of dorpsraad: Buurtkrant Oude Molen',NULL,'wijkraad',NULL,6,5,NULL,'2026-09-11 08:00:00','2026-09-18 08:00:00','Afgerond','["positief","negatief","geen-advies"]','positief','Akkoord.','2026-09-23 01:00:00','wijkraad',NULL,NULL,NULL,NULL,NULL);
INSERT INTO "Taken" VALUES(15,'Besluit over ondersteuning: Buurtkrant Oude Molen',NULL,'afdeling',NULL,6,5,NULL,'2026-09-23 01:00:00','2026-09-30 01:00:00','Afgerond','["toekennen","afwijzen"]','toekennen','Na gesprek met de initiatiefnemer akkoord.','2026-09-26 15:00:00','afdeling',NULL,NULL,NULL,NULL,NULL);
INSERT INTO "Taken" VALUES(16,'Intake door de wijkcoördinator: Speeltuin Vogelbuurt opknappen',NULL,'wijkcoordinator',NULL,9,6,NULL,'2026-08-09 00:00:00','2026-08-16 00:00:00','Afgerond','["doorzetten","meer-informatie","niet-ondersteunen"]','doorzetten','Na gesprek met de initiatiefnemer akkoord.','2026-08-16 17:00:00','wijkcoordinator',NULL,NULL,NULL,NULL,NULL);
INSERT INTO "Taken" VALUES(17,'Advies wijk- of dorpsraad: Speeltuin Vogelbuurt opknappen',NULL,'wijkraad',NULL,9,6,NULL,'2026-08-16 17:00:00','2026-08-23 17:00:00','Afgerond','["positief","negatief","geen-advies"]','positief','Akkoord.','2026-08-19 03:00:00','wijkraad',NULL,NULL,NULL,NULL,NULL);
INSERT INTO "Taken" VALUES(18,'Besluit over ondersteuning: Speeltuin Vogelbuurt opknappen',NULL,'afdeling',NULL,9,6,NULL,'2026-08-19 03:00:00','2026-08-26 03:00:00','Afgerond','["toekennen","afwijzen"]','toekennen','Goed idee, past bij de buurt.','2026-08-21 19:00:00','afdeling',NULL,NULL,NULL,NULL,NULL);
INSERT INTO "Taken" VALUES(19,'Intake door de wijkcoördinator: Speeltuin Marktveld opknappen',NULL,'wijkcoordinator',NULL,4,7,NULL,'2026-10-05 00:00:00','2026-10-12 00:00:00','Afgerond','["doorzetten","meer-informatie","niet-ondersteunen"]','doorzetten','Na gesprek met de initiatiefnemer akkoord.','2026-10-13 12:00:00','wijkcoordinator',NULL,NULL,NULL,NULL,NULL);
INSERT INTO "Taken" VALUES(20,'Advies wijk- of dorpsraad: Speeltuin Marktveld opknappen',NULL,'wijkraad',NULL,4,7,NULL,'2026-10-13 12:00:00','2026-10-20 12:00:00','Afgerond','["positief","negatief","geen-advies"]','positief','Na gesprek met de initiatiefnemer akkoord.','2026-10-17 21:00:00','wijkraad',NULL,NULL,NULL,NULL,NULL);
INSERT INTO "Taken" VALUES(21,'Besluit over ondersteuning: Speeltuin Marktveld opknappen',NULL,'afdeling',NULL,4,7,NULL,'2026-10-17 21:00:00','2026-10-24 21:00:00','Afgerond','["toekennen","afwijzen"]','toekennen','Akkoord.','2026-10-20 10:00:00','afdeling',NULL,NULL,NULL,NULL,NULL);
INSERT INTO "Taken" VALUES(22,'Intake door de wijkcoördinator: Geveltuinen in de Hoekgracht',NULL,'wijkcoordinator',NULL,42,8,NULL,'2025-04-23 00:00:00','2025-04-30 00:00:00','Afgerond','["doorzetten","meer-informatie","niet-ondersteunen"]','doorzetten','Goed idee, past bij de buurt.','2025-04-29 15:00:00','wijkcoordinator',NULL,NULL,NULL,NULL,NULL);
INSERT INTO "Taken" VALUES(23,'Advies wijk- of dorpsraad: Geveltuinen in de Hoekgracht',NULL,'wijkraad',NULL,42,8,NULL,'2025-04-29 15:00:00','2025-05-06 15:00:00','Afgerond','["positief","negatief","geen-advies"]','positief','Na gesprek met de initiatiefnemer akkoord.','2025-05-10 03:00:00','wijkraad',NULL,NULL,NULL,NULL,NULL);
INSERT INTO "Taken" VALUES(24,'Besluit over ondersteuning: Geveltuinen in de Hoekgracht',NULL,'afdeling',NULL,42,8,NULL,'2025-05-10 03:00:00','2025-05-17 03:00:00','Afgerond','["toekennen","afwijzen"]','toekennen','Na gesprek met de initiatiefnemer akkoord.','2025-05-13 16:00:00','afdeling',NULL,NULL,NULL,NULL,NULL);
INSERT INTO "Taken" VALUES(25,'Intake door de wijkcoördinator: Buurtbarbecue Hazenakker',NULL,'wijkcoordinator',NULL,27,10,NULL,'2026-11-05 00:00:00','2026-11-12 00:00:00','Afgerond','["doorzetten","meer-informatie","niet-ondersteunen"]','doorzetten','Goed idee, past bij de buurt.','2026-11-16 15:00:00','wijkcoordinator',NULL,NULL,NULL,NULL,NULL);
INSERT INTO "Taken" VALUES(26,'Advies wijk- of dorpsraad: Buurtbarbecue Hazenakker',NULL,'wijkraad',NULL,27,10,NULL,'2026-11-16 15:00:00','2026-11-23 15:00:00','Afgerond','["positief","negatief","geen-advies"]','positief','Akkoord.','2026-11-27 04:00:00','wijkraad',NULL,NULL,NULL,NULL,NULL);
INSERT INTO "Taken" VALUES(27,'Besluit over ondersteuning: Buurtbarbecue Hazenakker',NULL,'afdeling',NULL,27,10,NULL,'2026-11-27 04:00:00','2026-12-10 15:00:00','Open','["toekennen","afwijzen"]',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
CREATE TABLE "Wijken" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Wijken" PRIMARY KEY AUTOINCREMENT,
    "Code" TEXT NOT NULL,
    "Naam" TEXT NOT NULL,
    "GemeenteId" INTEGER NOT NULL,
    "Wijkraad" TEXT NULL,
    CONSTRAINT "FK_Wijken_Gemeenten_GemeenteId" FOREIGN KEY ("GemeenteId") REFERENCES "Gemeenten" ("Id") ON DELETE CASCADE
);
INSERT INTO "Wijken" VALUES(1,'WK990100','Centrum',1,'Wijkraad Centrum');
INSERT INTO "Wijken" VALUES(2,'WK990101','Noord',1,'Wijkraad Noord');
INSERT INTO "Wijken" VALUES(3,'WK990102','Oost',1,NULL);
INSERT INTO "Wijken" VALUES(4,'WK990103','Zuid',1,'Wijkraad Zuid');
INSERT INTO "Wijken" VALUES(5,'WK990104','West',1,NULL);
INSERT INTO "Wijken" VALUES(6,'WK990105','Berkhoven',1,'Dorpsraad Berkhoven');
INSERT INTO "Wijken" VALUES(7,'WK990106','Maasdonk',1,'Dorpsraad Maasdonk');
INSERT INTO "Wijken" VALUES(8,'WK990107','Nieuw-Zuid',1,NULL);
CREATE TABLE "Woningcorporaties" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Woningcorporaties" PRIMARY KEY AUTOINCREMENT,
    "Naam" TEXT NOT NULL,
    "Contact" TEXT NULL
);
INSERT INTO "Woningcorporaties" VALUES(1,'Woonstichting Maasoever','bewonerszaken@woonstichtingmaasoever.example');
INSERT INTO "Woningcorporaties" VALUES(2,'Stichting Thuis in de Buurt','bewonerszaken@stichtingthuisindebuurt.example');
INSERT INTO "Woningcorporaties" VALUES(3,'Wooncorporatie Het Baken','bewonerszaken@wooncorporatiehetbaken.example');
CREATE TABLE "WorkflowBookmarks" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_WorkflowBookmarks" PRIMARY KEY AUTOINCREMENT,
    "InstanceId" TEXT NOT NULL,
    "BookmarkId" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Key" TEXT NULL,
    "CorrelationId" TEXT NULL,
    "DueAt" TEXT NULL,
    "CreatedAt" TEXT NOT NULL,
    "Json" TEXT NOT NULL,
    CONSTRAINT "FK_WorkflowBookmarks_WorkflowInstances_InstanceId" FOREIGN KEY ("InstanceId") REFERENCES "WorkflowInstances" ("Id") ON DELETE CASCADE
);
CREATE TABLE "WorkflowDefinitions" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_WorkflowDefinitions" PRIMARY KEY,
    "DefinitionId" TEXT NOT NULL,
    "Version" INTEGER NOT NULL,
    "Name" TEXT NULL,
    "IsPublished" INTEGER NOT NULL,
    "IsLatest" INTEGER NOT NULL,
    "Json" TEXT NOT NULL,
    "OpgeslagenOp" TEXT NOT NULL
);
INSERT INTO "WorkflowDefinitions" VALUES('initiatief-routering-v1','initiatief-routering',1,'Routering bewonersinitiatief',1,1,'{
  "id": "initiatief-routering-v1",
  "definitionId": "initiatief-routering",
  "name": "Routering bewonersinitiatief",
  "description": "Van ingediend initiatief tot afronding: regels voor ondersteuning, intake door de wijkcoördinator, advies van wijk- of dorpsraad en corporatie, besluit door de afdeling, berichten aan de bewoner en volgen na de start.",
  "version": 1,
  "isPublished": true,
  "isLatest": true,
  "variables": [
    {
      "id": "Ondersteuning",
      "name": "Ondersteuning",
      "typeName": "Object",
      "isArray": false,
      "value": null
    },
    {
      "id": "Routering",
      "name": "Routering",
      "typeName": "String[]",
      "isArray": false,
      "value": null
    },
    {
      "id": "Afronding",
      "name": "Afronding",
      "typeName": "String",
      "isArray": false,
      "value": null
    }
  ],
  "inputs": [
    {
      "type": "Int32",
      "name": "InitiatiefId",
      "displayName": "InitiatiefId",
      "isArray": false
    },
    {
      "type": "String",
      "name": "Referentie",
      "displayName": "Referentie",
      "isArray": false
    },
    {
      "type": "Boolean",
      "name": "WilZelfUitvoeren",
      "displayName": "WilZelfUitvoeren",
      "isArray": false
    },
    {
      "type": "DateTimeOffset",
      "name": "StartDatum",
      "displayName": "StartDatum",
      "isArray": false
    }
  ],
  "outputs": [],
  "outcomes": [],
  "options": {
    "usableAsActivity": false
  },
  "$schema": "https://elsaworkflows.io/schemas/workflow-definition/v3.0.0/schema.json",
  "root": {
    "id": "flowchart",
    "name": "Flowchart1",
    "type": "Elsa.Flowchart",
    "version": 1,
    "nodeId": "Workflow1",
    "customProperties": {},
    "metadata": {},
    "activities": [
      {
        "id": "start",
        "name": "Start",
        "type": "Elsa.Start",
        "version": 1,
        "nodeId": "Workflow1:start",
        "customProperties": {},
        "metadata": {
          "designer": {
            "position": {
              "x": 0,
              "y": 0
            },
            "size": {
              "width": 220,
              "height": 60
            }
          }
        }
      },
      {
        "id": "zelf-uitvoeren",
        "name": "Willen bewoners het zelf uitvoeren?",
        "type": "Elsa.FlowDecision",
        "version": 1,
        "nodeId": "Workflow1:zelf-uitvoeren",
        "customProperties": {},
        "metadata": {
          "designer": {
            "position": {
              "x": 0,
              "y": 120
            },
            "size": {
              "width": 220,
              "height": 60
            }
          }
        },
        "condition": {
          "typeName": "Boolean",
          "expression": {
            "type": "CSharp",
            "value": "Input.WilZelfUitvoeren == true"
          }
        }
      },
      {
        "id": "overname-status",
        "name": "Status: overgenomen door gemeente",
        "type": "Participatie.SetInitiatiefStatus",
        "version": 1,
        "nodeId": "Workflow1:overname-status",
        "customProperties": {},
        "metadata": {
          "designer": {
            "position": {
              "x": -420,
              "y": 240
            },
            "size": {
              "width": 220,
              "height": 60
            }
          }
        },
        "status": {
          "typeName": "String",
          "expression": {
            "type": "Literal",
            "value": "OvergenomenDoorGemeente"
          }
        },
        "toelichting": {
          "typeName": "String",
          "expression": {
            "type": "Literal",
            "value": "De bewoners willen het niet zelf uitvoeren; de gemeente pakt het op als gewone aanvraag."
          }
        }
      },
      {
        "id": "overname-bericht",
        "name": "Bericht: gemeente pakt het op",
        "type": "Participatie.NotifyResident",
        "version": 1,
        "nodeId": "Workflow1:overname-bericht",
        "customProperties": {},
        "metadata": {
          "designer": {
            "position": {
              "x": -420,
              "y": 360
            },
            "size": {
              "width": 220,
              "height": 60
            }
          }
        },
        "bericht": {
          "typeName": "String",
          "expression": {
            "type": "Literal",
            "value": "U gaf aan dat u het niet zelf wilt uitvoeren. De gemeente pakt uw idee daarom op als gewone aanvraag, op de gebruikelijke manier. We laten u weten wat ermee gebeurt."
          }
        }
      },
      {
        "id": "overname-taak",
        "name": "Taak: reguliere aanvraag oppakken",
        "type": "Participatie.HumanTask",
        "version": 1,
        "nodeId": "Workflow1:overname-taak",
        "customProperties": {},
        "metadata": {
          "designer": {
            "position": {
              "x": -420,
              "y": 480
            },
            "size": {
              "width": 220,
              "height": 60
            }
          }
        },
        "titel": {
          "typeName": "String",
          "expression": {
            "type": "CSharp",
            "value": "\"Reguliere aanvraag oppakken: \" + Input.Referentie"
          }
        },
        "omschrijving": {
          "typeName": "String",
          "expression": {
            "type": "Literal",
            "value": "Bewoners willen dit idee niet zelf uitvoeren. Pak het op als gewone aanvraag en laat de bewoner weten wat er gebeurt."
          }
        },
        "rol": {
          "typeName": "String",
          "expression": {
            "type": "Literal",
            "value": "afdeling"
          }
        },
        "uitkomsten": {
          "typeName": "String[]",
          "expression": {
            "type": "Literal",
            "value": [
              "opgepakt",
              "niet-haalbaar"
            ]
          }
        },
        "termijnWerkdagen": {
          "typeName": "Int32",
          "expression": {
            "type": "Literal",
            "value": 10
          }
        }
      },
      {
        "id": "ondersteuning",
        "name": "Regels: ondersteuning",
        "type": "Participatie.EvaluateRules",
        "version": 1,
        "nodeId": "Workflow1:ondersteuning",
        "customProperties": {},
        "metadata": {
          "designer": {
            "position": {
              "x": 0,
              "y": 240
            },
            "size": {
              "width": 220,
              "height": 60
            }
          }
        },
        "regelset": {
          "typeName": "String",
          "expression": {
            "type": "Literal",
            "value": "ondersteuning"
          }
        },
        "resultaat": {
          "typeName": "Object",
          "memoryReference": {
            "id": "Ondersteuning"
          }
        }
      },
      {
        "id": "geen-steun-bericht",
        "name": "Bericht: geen ondersteuning, met uitleg",
        "type": "Participatie.NotifyResident",
        "version": 1,
        "nodeId": "Workflow1:geen-steun-bericht",
        "customProperties": {},
        "metadata": {
          "designer": {
            "position": {
              "x": 420,
              "y": 360
            },
            "size": {
              "width": 220,
              "height": 60
            }
          }
        },
        "bericht": {
          "typeName": "String",
          "expression": {
            "type": "Literal",
            "value": "Uw initiatief komt op dit moment niet in aanmerking voor ondersteuning, omdat het niet aan de voorwaarden voldoet. U kunt in de chat vragen ''welke ondersteuning kan ik krijgen?'' voor de uitleg per regeling. De wijkcoördinator neemt contact met u op om mee te denken over andere mogelijkheden."
          }
        }
      },
      {
        "id": "geen-steun-status",
        "name": "Status: afgewezen (voorwaarden)",
        "type": "Participatie.SetInitiatiefStatus",
        "version": 1,
        "nodeId": "Workflow1:geen-steun-status",
        "customProperties": {},
        "metadata": {
          "designer": {
            "position": {
              "x": 420,
              "y": 480
            },
            "size": {
              "width": 220,
              "height": 60
            }
          }
        },
        "status": {
          "typeName": "String",
          "expression": {
            "type": "Literal",
            "value": "Afgewezen"
          }
        },
        "toelichting": {
          "typeName": "String",
          "expression": {
            "type": "Literal",
            "value": "Voldoet niet aan de voorwaarden voor ondersteuning (zie de uitleg van de regels)."
          }
        }
      },
      {
        "id": "geen-steun-contact",
        "name": "Taak: contact over andere mogelijkheden",
        "type": "Participatie.HumanTask",
        "version": 1,
        "nodeId": "Workflow1:geen-steun-contact",
        "customProperties": {},
        "metadata": {
          "designer": {
            "position": {
              "x": 420,
              "y": 600
            },
            "size": {
              "width": 220,
              "height": 60
            }
          }
        },
        "titel": {
          "typeName": "String",
          "expression": {
            "type": "CSharp",
            "value": "\"Contact opnemen over andere mogelijkheden: \" + Input.Referentie"
          }
        },
        "omschrijving": {
          "typeName": "String",
          "expression": {
            "type": "Literal",
            "value": "Het initiatief voldoet niet aan de voorwaarden. Neem contact op met de initiatiefnemer en denk mee over andere mogelijkheden."
          }
        },
        "rol": {
          "typeName": "String",
          "expression": {
            "type": "Literal",
            "value": "wijkcoordinator"
          }
        },
        "uitkomsten": {
          "typeName": "String[]",
          "expression": {
            "type": "Literal",
            "value": [
              "contact-gehad",
              "geen-contact-mogelijk"
            ]
          }
        },
        "termijnWerkdagen": {
          "typeName": "Int32",
          "expression": {
            "type": "Literal",
            "value": 5
          }
        }
      },
      {
        "id": "behandeling-status",
        "name": "Status: in behandeling",
        "type": "Participatie.SetInitiatiefStatus",
        "version": 1,
        "nodeId": "Workflow1:behandeling-status",
        "customProperties": {},
        "metadata": {
          "designer": {
            "position": {
              "x": 0,
              "y": 360
            },
            "size": {
              "width": 220,
              "height": 60
            }
          }
        },
        "status": {
          "typeName": "String",
          "expression": {
            "type": "Literal",
            "value": "InBehandeling"
          }
        },
        "toelichting": {
          "typeName": "String",
          "expression": {
            "type": "Literal",
            "value": "De wijkcoördinator bekijkt uw initiatief."
          }
        }
      },
      {
        "id": "intake",
        "name": "Taak: intake wijkcoördinator",
        "type": "Participatie.HumanTask",
        "version": 1,
        "nodeId": "Workflow1:intake",
        "customProperties": {},
        "metadata": {
          "designer": {
            "position": {
              "x": 0,
              "y": 480
            },
            "size": {
              "width": 220,
              "height": 60
            }
          }
        },
        "titel": {
          "typeName": "String",
          "expression": {
            "type": "CSharp",
            "value": "\"Intake bewonersinitiatief \" + Input.Referentie"
          }
        },
        "omschrijving": {
          "typeName": "String",
          "expression": {
            "type": "Literal",
            "value": "Bekijk het initiatief en de uitleg van de regels, neem contact op met de initiatiefnemer en kies hoe het verder gaat."
          }
        },
        "rol": {
          "typeName": "String",
          "expression": {
            "type": "Literal",
            "value": "wijkcoordinator"
          }
        },
        "uitkomsten": {
          "typeName": "String[]",
          "expression": {
            "type": "Literal",
            "value": [
              "doorzetten",
              "meer-informatie",
              "niet-ondersteunen"
            ]
          }
        },
        "termijnWerkdagen": {
          "typeName": "Int32",
          "expression": {
            "type": "Literal",
            "value": 5
          }
        }
      },
      {
        "id": "meer-info-bericht",
        "name": "Bericht: meer informatie nodig",
        "type": "Participatie.NotifyResident",
        "version": 1,
        "nodeId": "Workflow1:meer-info-bericht",
        "customProperties": {},
        "metadata": {
          "designer": {
            "position": {
              "x": -420,
              "y": 600
            },
            "size": {
              "width": 220,
              "height": 60
            }
          }
        },
        "bericht": {
          "typeName": "String",
          "expression": {
            "type": "Literal",
            "value": "De wijkcoördinator heeft nog wat vragen over uw initiatief en neemt contact met u op."
          }
        }
      },
      {
        "id": "niet-bericht",
        "name": "Bericht: niet ondersteund na intake",
        "type": "Participatie.NotifyResident",
        "version": 1,
        "nodeId": "Workflow1:niet-bericht",
        "customProperties": {},
        "metadata": {
          "designer": {
            "position": {
              "x": 420,
              "y": 720
            },
            "size": {
              "width": 220,
              "height": 60
            }
          }
        },
        "bericht": {
          "typeName": "String",
          "expression": {
            "type": "Literal",
            "value": "Na het gesprek met de wijkcoördinator is besloten uw initiatief niet te ondersteunen. De wijkcoördinator heeft u de reden toegelicht; u kunt altijd opnieuw een idee aanmelden."
          }
        }
      },
      {
        "id": "niet-status",
        "name": "Status: afgewezen na intake",
        "type": "Participatie.SetInitiatiefStatus",
        "version": 1,
        "nodeId": "Workflow1:niet-status",
        "customProperties": {},
        "metadata": {
          "designer": {
            "position": {
              "x": 420,
              "y": 840
            },
            "size": {
              "width": 220,
              "height": 60
            }
          }
        },
        "status": {
          "typeName": "String",
          "expression": {
            "type": "Literal",
            "value": "Afgewezen"
          }
        },
        "toelichting": {
          "typeName": "String",
          "expression": {
            "type": "Literal",
            "value": "Niet ondersteund na de intake door de wijkcoördinator."
          }
        }
      },
      {
        "id": "doorgezet-bericht",
        "name": "Bericht: doorgestuurd voor advies en besluit",
        "type": "Participatie.NotifyResident",
        "version": 1,
        "nodeId": "Workflow1:doorgezet-bericht",
        "customProperties": {},
        "metadata": {
          "designer": {
            "position": {
              "x": 0,
              "y": 600
            },
            "size": {
              "width": 220,
              "height": 60
            }
          }
        },
        "bericht": {
          "typeName": "String",
          "expression": {
            "type": "Literal",
            "value": "De wijkcoördinator heeft uw initiatief bekeken en stuurt het door voor advies en een besluit. We houden u op de hoogte."
          }
        }
      },
      {
        "id": "routering",
        "name": "Regels: routering",
        "type": "Participatie.EvaluateRules",
        "version": 1,
        "nodeId": "Workflow1:routering",
        "customProperties": {},
        "metadata": {
          "designer": {
            "position": {
              "x": 0,
              "y": 720
            },
            "size": {
              "width": 220,
              "height": 60
            }
          }
        },
        "regelset": {
          "typeName": "String",
          "expression": {
            "type": "Literal",
            "value": "routering"
          }
        },
        "uitkomsten": {
          "typeName": "String[]",
          "memoryReference": {
            "id": "Routering"
          }
        }
      },
      {
        "id": "advies-status",
        "name": "Status: advies",
        "type": "Participatie.SetInitiatiefStatus",
        "version": 1,
        "nodeId": "Workflow1:advies-status",
        "customProperties": {},
        "metadata": {
          "designer": {
            "position": {
              "x": 0,
              "y": 840
            },
            "size": {
              "width": 220,
              "height": 60
            }
          }
        },
        "status": {
          "typeName": "String",
          "expression": {
            "type": "Literal",
            "value": "Advies"
          }
        },
        "toelichting": {
          "typeName": "String",
          "expression": {
            "type": "Literal",
            "value": "Advies wordt gevraagd."
          }
        }
      },
      {
        "id": "heeft-wijkraad",
        "name": "Heeft de buurt een wijk- of dorpsraad?",
        "type": "Elsa.FlowDecision",
        "version": 1,
        "nodeId": "Workflow1:heeft-wijkraad",
        "customProperties": {},
        "metadata": {
          "designer": {
            "position": {
              "x": 0,
              "y": 960
            },
            "size": {
              "width": 220,
              "height": 60
            }
          }
        },
        "condition": {
          "typeName": "Boolean",
          "expression": {
            "type": "CSharp",
            "value": "Variables.Routering.Contains(\"wijkraad\")"
          }
        }
      },
      {
        "id": "wijkraad-advies",
        "name": "Taak: advies wijk- of dorpsraad",
        "type": "Participatie.HumanTask",
        "version": 1,
        "nodeId": "Workflow1:wijkraad-advies",
        "customProperties": {},
        "metadata": {
          "designer": {
            "position": {
              "x": -300,
              "y": 1080
            },
            "size": {
              "width": 220,
              "height": 60
            }
          }
        },
        "titel": {
          "typeName": "String",
          "expression": {
            "type": "CSharp",
            "value": "\"Advies gevraagd over initiatief \" + Input.Referentie"
          }
        },
        "omschrijving": {
          "typeName": "String",
          "expression": {
            "type": "Literal",
            "value": "Geef het advies van de wijk- of dorpsraad over dit bewonersinitiatief."
          }
        },
        "rol": {
          "typeName": "String",
          "expression": {
            "type": "Literal",
            "value": "wijkraad"
          }
        },
        "uitkomsten": {
          "typeName": "String[]",
          "expression": {
            "type": "Literal",
            "value": [
              "positief",
              "negatief",
              "geen-advies"
            ]
          }
        },
        "termijnWerkdagen": {
          "typeName": "Int32",
          "expression": {
            "type": "Literal",
            "value": 10
          }
        }
      },
      {
        "id": "corporatie-betrokken",
        "name": "Is de corporatie betrokken?",
        "type": "Elsa.FlowDecision",
        "version": 1,
        "nodeId": "Workflow1:corporatie-betrokken",
        "customProperties": {},
        "metadata": {
          "designer": {
            "position": {
              "x": 0,
              "y": 1200
            },
            "size": {
              "width": 220,
              "height": 60
            }
          }
        },
        "condition": {
          "typeName": "Boolean",
          "expression": {
            "type": "CSharp",
            "value": "Variables.Routering.Contains(\"woningcorporatie\")"
          }
        }
      },
      {
        "id": "corporatie-advies",
        "name": "Taak: bijdrage woningcorporatie",
        "type": "Participatie.HumanTask",
        "version": 1,
        "nodeId": "Workflow1:corporatie-advies",
        "customProperties": {},
        "metadata": {
          "designer": {
            "position": {
              "x": -300,
              "y": 1320
            },
            "size": {
              "width": 220,
              "height": 60
            }
          }
        },
        "titel": {
          "typeName": "String",
          "expression": {
            "type": "CSharp",
            "value": "\"Bijdrage en advies corporatie: \" + Input.Referentie"
          }
        },
        "omschrijving": {
          "typeName": "String",
          "expression": {
            "type": "Literal",
            "value": "Het initiatief raakt bezit of huurders van de corporatie. Geef advies en geef aan of de corporatie bijdraagt."
          }
        },
        "rol": {
          "typeName": "String",
          "expression": {
            "type": "Literal",
            "value": "woningcorporatie"
          }
        },
        "uitkomsten": {
          "typeName": "String[]",
          "expression": {
            "type": "Literal",
            "value": [
              "draagt-bij",
              "positief-zonder-bijdrage",
              "negatief"
            ]
          }
        },
        "termijnWerkdagen": {
          "typeName": "Int32",
          "expression": {
            "type": "Literal",
            "value": 10
          }
        }
      },
      {
        "id": "besluit-status",
        "name": "Status: besluit",
        "type": "Participatie.SetInitiatiefStatus",
        "version": 1,
        "nodeId": "Workflow1:besluit-status",
        "customProperties": {},
        "metadata": {
          "designer": {
            "position": {
              "x": 0,
              "y": 1440
            },
            "size": {
              "width": 220,
              "height": 60
            }
          }
        },
        "status": {
          "typeName": "String",
          "expression": {
            "type": "Literal",
            "value": "Besluit"
          }
        },
        "toelichting": {
          "typeName": "String",
          "expression": {
            "type": "Literal",
            "value": "De gemeente neemt een besluit."
          }
        }
      },
      {
        "id": "besluit",
        "name": "Taak: besluit over ondersteuning",
        "type": "Participatie.HumanTask",
        "version": 1,
        "nodeId": "Workflow1:besluit",
        "customProperties": {},
        "metadata": {
          "designer": {
            "position": {
              "x": 0,
              "y": 1560
            },
            "size": {
              "width": 220,
              "height": 60
            }
          }
        },
        "titel": {
          "typeName": "String",
          "expression": {
            "type": "CSharp",
            "value": "\"Besluit over ondersteuning: \" + Input.Referentie"
          }
        },
        "omschrijving": {
          "typeName": "String",
          "expression": {
            "type": "Literal",
            "value": "Neem een besluit over de gevraagde ondersteuning, met de adviezen en de uitleg van de regels erbij."
          }
        },
        "rol": {
          "typeName": "String",
          "expression": {
            "type": "CSharp",
            "value": "Variables.Routering.Contains(\"college\") ? \"college\" : Variables.Routering.Any(r => r.StartsWith(\"afdeling\")) ? Variables.Routering.First(r => r.StartsWith(\"afdeling\")) : \"afdeling\""
          }
        },
        "uitkomsten": {
          "typeName": "String[]",
          "expression": {
            "type": "Literal",
            "value": [
              "toekennen",
              "afwijzen"
            ]
          }
        },
        "termijnWerkdagen": {
          "typeName": "Int32",
          "expression": {
            "type": "Literal",
            "value": 10
          }
        }
      },
      {
        "id": "afgewezen-bericht",
        "name": "Bericht: besluit afgewezen",
        "type": "Participatie.NotifyResident",
        "version": 1,
        "nodeId": "Workflow1:afgewezen-bericht",
        "customProperties": {},
        "metadata": {
          "designer": {
            "position": {
              "x": 420,
              "y": 1680
            },
            "size": {
              "width": 220,
              "height": 60
            }
          }
        },
        "bericht": {
          "typeName": "String",
          "expression": {
            "type": "Literal",
            "value": "De gemeente heeft besloten de gevraagde ondersteuning niet toe te kennen. U krijgt de toelichting ook per e-mail of telefoon; de wijkcoördinator denkt graag mee over andere mogelijkheden."
          }
        }
      },
      {
        "id": "afgewezen-status",
        "name": "Status: afgewezen",
        "type": "Participatie.SetInitiatiefStatus",
        "version": 1,
        "nodeId": "Workflow1:afgewezen-status",
        "customProperties": {},
        "metadata": {
          "designer": {
            "position": {
              "x": 420,
              "y": 1800
            },
            "size": {
              "width": 220,
              "height": 60
            }
          }
        },
        "status": {
          "typeName": "String",
          "expression": {
            "type": "Literal",
            "value": "Afgewezen"
          }
        },
        "toelichting": {
          "typeName": "String",
          "expression": {
            "type": "Literal",
            "value": "Ondersteuning niet toegekend."
          }
        }
      },
      {
        "id": "toegekend-status",
        "name": "Status: toegekend",
        "type": "Participatie.SetInitiatiefStatus",
        "version": 1,
        "nodeId": "Workflow1:toegekend-status",
        "customProperties": {},
        "metadata": {
          "designer": {
            "position": {
              "x": 0,
              "y": 1680
            },
            "size": {
              "width": 220,
              "height": 60
            }
          }
        },
        "status": {
          "typeName": "String",
          "expression": {
            "type": "Literal",
            "value": "Toegekend"
          }
        },
        "toelichting": {
          "typeName": "String",
          "expression": {
            "type": "Literal",
            "value": "Ondersteuning toegekend."
          }
        }
      },
      {
        "id": "toegekend-bericht",
        "name": "Bericht: ondersteuning toegekend",
        "type": "Participatie.NotifyResident",
        "version": 1,
        "nodeId": "Workflow1:toegekend-bericht",
        "customProperties": {},
        "metadata": {
          "designer": {
            "position": {
              "x": 0,
              "y": 1800
            },
            "size": {
              "width": 220,
              "height": 60
            }
          }
        },
        "bericht": {
          "typeName": "String",
          "expression": {
            "type": "Literal",
            "value": "Goed nieuws: de gemeente heeft besloten uw initiatief te ondersteunen. De wijkcoördinator neemt contact met u op over de afspraken. Veel succes!"
          }
        }
      },
      {
        "id": "wacht-op-start",
        "name": "Wacht tot twee weken na de startdatum",
        "type": "Participatie.WaitUntil",
        "version": 1,
        "nodeId": "Workflow1:wacht-op-start",
        "customProperties": {},
        "metadata": {
          "designer": {
            "position": {
              "x": 0,
              "y": 1920
            },
            "size": {
              "width": 220,
              "height": 60
            }
          }
        },
        "datum": {
          "typeName": "DateTimeOffset",
          "expression": {
            "type": "CSharp",
            "value": "Input.StartDatum"
          }
        },
        "dagen": {
          "typeName": "Int32",
          "expression": {
            "type": "Literal",
            "value": 14
          }
        }
      },
      {
        "id": "uitvoering-status",
        "name": "Status: in uitvoering",
        "type": "Participatie.SetInitiatiefStatus",
        "version": 1,
        "nodeId": "Workflow1:uitvoering-status",
        "customProperties": {},
        "metadata": {
          "designer": {
            "position": {
              "x": 0,
              "y": 2040
            },
            "size": {
              "width": 220,
              "height": 60
            }
          }
        },
        "status": {
          "typeName": "String",
          "expression": {
            "type": "Literal",
            "value": "InUitvoering"
          }
        },
        "toelichting": {
          "typeName": "String",
          "expression": {
            "type": "Literal",
            "value": "Het initiatief is gestart."
          }
        }
      },
      {
        "id": "volgen",
        "name": "Taak: volgen (hoe gaat het?)",
        "type": "Participatie.HumanTask",
        "version": 1,
        "nodeId": "Workflow1:volgen",
        "customProperties": {},
        "metadata": {
          "designer": {
            "position": {
              "x": 0,
              "y": 2160
            },
            "size": {
              "width": 220,
              "height": 60
            }
          }
        },
        "titel": {
          "typeName": "String",
          "expression": {
            "type": "CSharp",
            "value": "\"Volgen: hoe gaat het met \" + Input.Referentie + \"?\""
          }
        },
        "omschrijving": {
          "typeName": "String",
          "expression": {
            "type": "Literal",
            "value": "Volgen in plaats van beoordelen: vraag hoe het gaat en welke hulp nog nodig is."
          }
        },
        "rol": {
          "typeName": "String",
          "expression": {
            "type": "Literal",
            "value": "wijkcoordinator"
          }
        },
        "uitkomsten": {
          "typeName": "String[]",
          "expression": {
            "type": "Literal",
            "value": [
              "loopt-goed",
              "hulp-nodig",
              "gestopt"
            ]
          }
        },
        "termijnWerkdagen": {
          "typeName": "Int32",
          "expression": {
            "type": "Literal",
            "value": 10
          }
        }
      },
      {
        "id": "volg-bericht",
        "name": "Bericht: hulp onderweg",
        "type": "Participatie.NotifyResident",
        "version": 1,
        "nodeId": "Workflow1:volg-bericht",
        "customProperties": {},
        "metadata": {
          "designer": {
            "position": {
              "x": -420,
              "y": 2280
            },
            "size": {
              "width": 220,
              "height": 60
            }
          }
        },
        "bericht": {
          "typeName": "String",
          "expression": {
            "type": "Literal",
            "value": "De wijkcoördinator heeft gehoord dat u hulp kunt gebruiken en neemt contact met u op."
          }
        }
      },
      {
        "id": "afronden",
        "name": "Taak: afronden met uitkomst",
        "type": "Participatie.HumanTask",
        "version": 1,
        "nodeId": "Workflow1:afronden",
        "customProperties": {},
        "metadata": {
          "designer": {
            "position": {
              "x": 0,
              "y": 2400
            },
            "size": {
              "width": 220,
              "height": 60
            }
          }
        },
        "titel": {
          "typeName": "String",
          "expression": {
            "type": "CSharp",
            "value": "\"Afronden: \" + Input.Referentie"
          }
        },
        "omschrijving": {
          "typeName": "String",
          "expression": {
            "type": "Literal",
            "value": "Sluit het initiatief af met de uitkomst; dit voedt de analyse van interventies."
          }
        },
        "rol": {
          "typeName": "String",
          "expression": {
            "type": "Literal",
            "value": "wijkcoordinator"
          }
        },
        "uitkomsten": {
          "typeName": "String[]",
          "expression": {
            "type": "Literal",
            "value": [
              "geslaagd",
              "deels-geslaagd",
              "niet-geslaagd"
            ]
          }
        },
        "termijnWerkdagen": {
          "typeName": "Int32",
          "expression": {
            "type": "Literal",
            "value": 20
          }
        },
        "uitkomst": {
          "typeName": "String",
          "memoryReference": {
            "id": "Afronding"
          }
        }
      },
      {
        "id": "afgerond-status",
        "name": "Status: afgerond",
        "type": "Participatie.SetInitiatiefStatus",
        "version": 1,
        "nodeId": "Workflow1:afgerond-status",
        "customProperties": {},
        "metadata": {
          "designer": {
            "position": {
              "x": 0,
              "y": 2520
            },
            "size": {
              "width": 220,
              "height": 60
            }
          }
        },
        "status": {
          "typeName": "String",
          "expression": {
            "type": "Literal",
            "value": "Afgerond"
          }
        },
        "toelichting": {
          "typeName": "String",
          "expression": {
            "type": "CSharp",
            "value": "\"Afgesloten met uitkomst: \" + Variables.Afronding"
          }
        }
      },
      {
        "id": "afgerond-bericht",
        "name": "Bericht: dank en afsluiting",
        "type": "Participatie.NotifyResident",
        "version": 1,
        "nodeId": "Workflow1:afgerond-bericht",
        "customProperties": {},
        "metadata": {
          "designer": {
            "position": {
              "x": 0,
              "y": 2640
            },
            "size": {
              "width": 220,
              "height": 60
            }
          }
        },
        "bericht": {
          "typeName": "String",
          "expression": {
            "type": "Literal",
            "value": "Uw initiatief is afgerond. Dank u wel voor wat u voor de buurt heeft gedaan! Heeft u een nieuw idee? U bent altijd welkom in de chat."
          }
        }
      }
    ],
    "connections": [
      {
        "source": {
          "activity": "start",
          "port": "Done"
        },
        "target": {
          "activity": "zelf-uitvoeren",
          "port": "In"
        }
      },
      {
        "source": {
          "activity": "zelf-uitvoeren",
          "port": "False"
        },
        "target": {
          "activity": "overname-status",
          "port": "In"
        }
      },
      {
        "source": {
          "activity": "overname-status",
          "port": "Done"
        },
        "target": {
          "activity": "overname-bericht",
          "port": "In"
        }
      },
      {
        "source": {
          "activity": "overname-bericht",
          "port": "Done"
        },
        "target": {
          "activity": "overname-taak",
          "port": "In"
        }
      },
      {
        "source": {
          "activity": "zelf-uitvoeren",
          "port": "True"
        },
        "target": {
          "activity": "ondersteuning",
          "port": "In"
        }
      },
      {
        "source": {
          "activity": "ondersteuning",
          "port": "Failed"
        },
        "target": {
          "activity": "geen-steun-bericht",
          "port": "In"
        }
      },
      {
        "source": {
          "activity": "geen-steun-bericht",
          "port": "Done"
        },
        "target": {
          "activity": "geen-steun-status",
          "port": "In"
        }
      },
      {
        "source": {
          "activity": "geen-steun-status",
          "port": "Done"
        },
        "target": {
          "activity": "geen-steun-contact",
          "port": "In"
        }
      },
      {
        "source": {
          "activity": "ondersteuning",
          "port": "Passed"
        },
        "target": {
          "activity": "behandeling-status",
          "port": "In"
        }
      },
      {
        "source": {
          "activity": "behandeling-status",
          "port": "Done"
        },
        "target": {
          "activity": "intake",
          "port": "In"
        }
      },
      {
        "source": {
          "activity": "intake",
          "port": "meer-informatie"
        },
        "target": {
          "activity": "meer-info-bericht",
          "port": "In"
        }
      },
      {
        "source": {
          "activity": "meer-info-bericht",
          "port": "Done"
        },
        "target": {
          "activity": "intake",
          "port": "In"
        }
      },
      {
        "source": {
          "activity": "intake",
          "port": "niet-ondersteunen"
        },
        "target": {
          "activity": "niet-bericht",
          "port": "In"
        }
      },
      {
        "source": {
          "activity": "niet-bericht",
          "port": "Done"
        },
        "target": {
          "activity": "niet-status",
          "port": "In"
        }
      },
      {
        "source": {
          "activity": "intake",
          "port": "doorzetten"
        },
        "target": {
          "activity": "doorgezet-bericht",
          "port": "In"
        }
      },
      {
        "source": {
          "activity": "doorgezet-bericht",
          "port": "Done"
        },
        "target": {
          "activity": "routering",
          "port": "In"
        }
      },
      {
        "source": {
          "activity": "routering",
          "port": "Passed"
        },
        "target": {
          "activity": "advies-status",
          "port": "In"
        }
      },
      {
        "source": {
          "activity": "advies-status",
          "port": "Done"
        },
        "target": {
          "activity": "heeft-wijkraad",
          "port": "In"
        }
      },
      {
        "source": {
          "activity": "heeft-wijkraad",
          "port": "True"
        },
        "target": {
          "activity": "wijkraad-advies",
          "port": "In"
        }
      },
      {
        "source": {
          "activity": "heeft-wijkraad",
          "port": "False"
        },
        "target": {
          "activity": "corporatie-betrokken",
          "port": "In"
        }
      },
      {
        "source": {
          "activity": "wijkraad-advies",
          "port": "positief"
        },
        "target": {
          "activity": "corporatie-betrokken",
          "port": "In"
        }
      },
      {
        "source": {
          "activity": "wijkraad-advies",
          "port": "negatief"
        },
        "target": {
          "activity": "corporatie-betrokken",
          "port": "In"
        }
      },
      {
        "source": {
          "activity": "wijkraad-advies",
          "port": "geen-advies"
        },
        "target": {
          "activity": "corporatie-betrokken",
          "port": "In"
        }
      },
      {
        "source": {
          "activity": "corporatie-betrokken",
          "port": "True"
        },
        "target": {
          "activity": "corporatie-advies",
          "port": "In"
        }
      },
      {
        "source": {
          "activity": "corporatie-betrokken",
          "port": "False"
        },
        "target": {
          "activity": "besluit-status",
          "port": "In"
        }
      },
      {
        "source": {
          "activity": "corporatie-advies",
          "port": "draagt-bij"
        },
        "target": {
          "activity": "besluit-status",
          "port": "In"
        }
      },
      {
        "source": {
          "activity": "corporatie-advies",
          "port": "positief-zonder-bijdrage"
        },
        "target": {
          "activity": "besluit-status",
          "port": "In"
        }
      },
      {
        "source": {
          "activity": "corporatie-advies",
          "port": "negatief"
        },
        "target": {
          "activity": "besluit-status",
          "port": "In"
        }
      },
      {
        "source": {
          "activity": "besluit-status",
          "port": "Done"
        },
        "target": {
          "activity": "besluit",
          "port": "In"
        }
      },
      {
        "source": {
          "activity": "besluit",
          "port": "afwijzen"
        },
        "target": {
          "activity": "afgewezen-bericht",
          "port": "In"
        }
      },
      {
        "source": {
          "activity": "afgewezen-bericht",
          "port": "Done"
        },
        "target": {
          "activity": "afgewezen-status",
          "port": "In"
        }
      },
      {
        "source": {
          "activity": "besluit",
          "port": "toekennen"
        },
        "target": {
          "activity": "toegekend-status",
          "port": "In"
        }
      },
      {
        "source": {
          "activity": "toegekend-status",
          "port": "Done"
        },
        "target": {
          "activity": "toegekend-bericht",
          "port": "In"
        }
      },
      {
        "source": {
          "activity": "toegekend-bericht",
          "port": "Done"
        },
        "target": {
          "activity": "wacht-op-start",
          "port": "In"
        }
      },
      {
        "source": {
          "activity": "wacht-op-start",
          "port": "Done"
        },
        "target": {
          "activity": "uitvoering-status",
          "port": "In"
        }
      },
      {
        "source": {
          "activity": "uitvoering-status",
          "port": "Done"
        },
        "target": {
          "activity": "volgen",
          "port": "In"
        }
      },
      {
        "source": {
          "activity": "volgen",
          "port": "hulp-nodig"
        },
        "target": {
          "activity": "volg-bericht",
          "port": "In"
        }
      },
      {
        "source": {
          "activity": "volgen",
          "port": "loopt-goed"
        },
        "target": {
          "activity": "afronden",
          "port": "In"
        }
      },
      {
        "source": {
          "activity": "volgen",
          "port": "gestopt"
        },
        "target": {
          "activity": "afronden",
          "port": "In"
        }
      },
      {
        "source": {
          "activity": "volg-bericht",
          "port": "Done"
        },
        "target": {
          "activity": "afronden",
          "port": "In"
        }
      },
      {
        "source": {
          "activity": "afronden",
          "port": "geslaagd"
        },
        "target": {
          "activity": "afgerond-status",
          "port": "In"
        }
      },
      {
        "source": {
          "activity": "afronden",
          "port": "deels-geslaagd"
        },
        "target": {
          "activity": "afgerond-status",
          "port": "In"
        }
      },
      {
        "source": {
          "activity": "afronden",
          "port": "niet-geslaagd"
        },
        "target": {
          "activity": "afgerond-status",
          "port": "In"
        }
      },
      {
        "source": {
          "activity": "afgerond-status",
          "port": "Done"
        },
        "target": {
          "activity": "afgerond-bericht",
          "port": "In"
        }
      }
    ]
  }
}','2026-12-06 17:55:10.0963651');
INSERT INTO "WorkflowDefinitions" VALUES('programma-doe-democratie-v1','programma-doe-democratie',1,'Programma doe-democratie',1,1,'{
  "id": "programma-doe-democratie-v1",
  "definitionId": "programma-doe-democratie",
  "name": "Programma doe-democratie",
  "description": "De zes fasen van het doe-democratieprogramma (opdracht 000): analyse van eerdere interventies, selectie van twee buurten met plannen van aanpak, uitvoering met maandelijkse voortgang, voorstel van bijdragen, advies aan de bestuurders en besluit. Elke fase heeft haar einddatum als deadline.",
  "version": 1,
  "isPublished": true,
  "isLatest": true,
  "variables": [
    {
      "id": "FaseEinde",
      "name": "FaseEinde",
      "typeName": "DateTimeOffset",
      "isArray": false,
      "value": null
    },
    {
      "id": "GeselecteerdeBuurten",
      "name": "GeselecteerdeBuurten",
      "typeName": "Object",
      "isArray": false,
      "value": null
    }
  ],
  "inputs": [
    {
      "type": "Int32",
      "name": "ProgrammaId",
      "displayName": "ProgrammaId",
      "isArray": false
    }
  ],
  "outputs": [],
  "outcomes": [],
  "options": {
    "usableAsActivity": false
  },
  "$schema": "https://elsaworkflows.io/schemas/workflow-definition/v3.0.0/schema.json",
  "root": {
    "id": "flowchart",
    "name": "Flowchart1",
    "type": "Elsa.Flowchart",
    "version": 1,
    "nodeId": "Workflow1",
    "customProperties": {},
    "metadata": {},
    "activities": [
      {
        "id": "start",
        "name": "Start",
        "type": "Elsa.Start",
        "version": 1,
        "nodeId": "Workflow1:start",
        "customProperties": {},
        "metadata": {
          "designer": {
            "position": {
              "x": 0,
              "y": 0
            },
            "size": {
              "width": 220,
              "height": 60
            }
          }
        }
      },
      {
        "id": "fase-analyse",
        "name": "Fase analyse: actief",
        "type": "Participatie.SetProgrammaFase",
        "version": 1,
        "nodeId": "Workflow1:fase-analyse",
        "customProperties": {},
        "metadata": {
          "designer": {
            "position": {
              "x": 0,
              "y": 120
            },
            "size": {
              "width": 220,
              "height": 60
            }
          }
        },
        "fase": {
          "typeName": "String",
          "expression": {
            "type": "Literal",
            "value": "analyse"
          }
        },
        "status": {
          "typeName": "String",
          "expression": {
            "type": "Literal",
            "value": "Actief"
          }
        },
        "einddatum": {
          "typeName": "DateTimeOffset",
          "memoryReference": {
            "id": "FaseEinde"
          }
        }
      },
      {
        "id": "analyse-taak",
        "name": "Taak: analyse succesfactoren en leerpunten",
        "type": "Participatie.HumanTask",
        "version": 1,
        "nodeId": "Workflow1:analyse-taak",
        "customProperties": {},
        "metadata": {
          "designer": {
            "position": {
              "x": 0,
              "y": 240
            },
            "size": {
              "width": 220,
              "height": 60
            }
          }
        },
        "titel": {
          "typeName": "String",
          "expression": {
            "type": "Literal",
            "value": "Analyse succesfactoren en leerpunten van eerdere interventies"
          }
        },
        "omschrijving": {
          "typeName": "String",
          "expression": {
            "type": "Literal",
            "value": "Maak de analyse van succesfactoren en leerpunten van eerdere en lopende participatie-interventies (rapport: /rapporten/analyse). De selectie van buurten bouwt hierop voort."
          }
        },
        "rol": {
          "typeName": "String",
          "expression": {
            "type": "Literal",
            "value": "beleid"
          }
        },
        "uitkomsten": {
          "typeName": "String[]",
          "expression": {
            "type": "Literal",
            "value": [
              "analyse-gereed"
            ]
          }
        },
        "vervaldatum": {
          "typeName": "DateTimeOffset",
          "expression": {
            "type": "Variable",
            "value": "FaseEinde"
          }
        }
      },
      {
        "id": "analyse-klaar",
        "name": "Fase analyse: afgerond",
        "type": "Participatie.SetProgrammaFase",
        "version": 1,
        "nodeId": "Workflow1:analyse-klaar",
        "customProperties": {},
        "metadata": {
          "designer": {
            "position": {
              "x": 0,
              "y": 360
            },
            "size": {
              "width": 220,
              "height": 60
            }
          }
        },
        "fase": {
          "typeName": "String",
          "expression": {
            "type": "Literal",
            "value": "analyse"
          }
        },
        "status": {
          "typeName": "String",
          "expression": {
            "type": "Literal",
            "value": "Afgerond"
          }
        }
      },
      {
        "id": "fase-selectie",
        "name": "Fase selectie: actief",
        "type": "Participatie.SetProgrammaFase",
        "version": 1,
        "nodeId": "Workflow1:fase-selectie",
        "customProperties": {},
        "metadata": {
          "designer": {
            "position": {
              "x": 0,
              "y": 480
            },
            "size": {
              "width": 220,
              "height": 60
            }
          }
        },
        "fase": {
          "typeName": "String",
          "expression": {
            "type": "Literal",
            "value": "selectie"
          }
        },
        "status": {
          "typeName": "String",
          "expression": {
            "type": "Literal",
            "value": "Actief"
          }
        },
        "einddatum": {
          "typeName": "DateTimeOffset",
          "memoryReference": {
            "id": "FaseEinde"
          }
        }
      },
      {
        "id": "selecteer",
        "name": "Selecteer twee buurten (regels buurtselectie)",
        "type": "Participatie.SelecteerBuurten",
        "version": 1,
        "nodeId": "Workflow1:selecteer",
        "customProperties": {},
        "metadata": {
          "designer": {
            "position": {
              "x": 0,
              "y": 600
            },
            "size": {
              "width": 220,
              "height": 60
            }
          }
        },
        "aantal": {
          "typeName": "Int32",
          "expression": {
            "type": "Literal",
            "value": 2
          }
        },
        "buurten": {
          "typeName": "Object",
          "memoryReference": {
            "id": "GeselecteerdeBuurten"
          }
        }
      },
      {
        "id": "selectie-bevestigen",
        "name": "Taak: selectie bevestigen (bestuurders)",
        "type": "Participatie.HumanTask",
        "version": 1,
        "nodeId": "Workflow1:selectie-bevestigen",
        "customProperties": {},
        "metadata": {
          "designer": {
            "position": {
              "x": 0,
              "y": 720
            },
            "size": {
              "width": 220,
              "height": 60
            }
          }
        },
        "titel": {
          "typeName": "String",
          "expression": {
            "type": "Literal",
            "value": "Bevestig de selectie van de twee buurten"
          }
        },
        "omschrijving": {
          "typeName": "String",
          "expression": {
            "type": "Literal",
            "value": "De regels voor buurtselectie kozen twee buurten, met redenen per buurt (rapport: /rapporten/selectie). Bevestig de keuze namens de bestuurders van gemeente en corporaties."
          }
        },
        "rol": {
          "typeName": "String",
          "expression": {
            "type": "Literal",
            "value": "bestuur"
          }
        },
        "uitkomsten": {
          "typeName": "String[]",
          "expression": {
            "type": "Literal",
            "value": [
              "bevestigd",
              "opnieuw-selecteren"
            ]
          }
        },
        "vervaldatum": {
          "typeName": "DateTimeOffset",
          "expression": {
            "type": "Variable",
            "value": "FaseEinde"
          }
        }
      },
      {
        "id": "plannen",
        "name": "Plan van aanpak per buurt (parallel)",
        "type": "Elsa.ParallelForEach",
        "version": 1,
        "nodeId": "Workflow1:plannen",
        "customProperties": {},
        "metadata": {
          "designer": {
            "position": {
              "x": 0,
              "y": 840
            },
            "size": {
              "width": 220,
              "height": 60
            }
          }
        },
        "items": {
          "typeName": "Object",
          "expression": {
            "type": "Variable",
            "value": "GeselecteerdeBuurten"
          }
        },
        "body": {
          "id": "plan-van-aanpak",
          "name": "Taak: plan van aanpak",
          "type": "Participatie.HumanTask",
          "version": 1,
          "nodeId": "Workflow1:plannen:plan-van-aanpak",
          "customProperties": {},
          "metadata": {},
          "titel": {
            "typeName": "String",
            "expression": {
              "type": "CSharp",
              "value": "\"Plan van aanpak \" + CurrentValue.naam"
            }
          },
          "omschrijving": {
            "typeName": "String",
            "expression": {
              "type": "Literal",
              "value": "Schrijf met bewoners, huurdersorganisaties en de bestaande initiatieven in de buurt een plan van aanpak: hoe worden huurders en bewoners betrokken, voortbouwend op de sociale infrastructuur?"
            }
          },
          "rol": {
            "typeName": "String",
            "expression": {
              "type": "Literal",
              "value": "wijkcoordinator"
            }
          },
          "buurtCode": {
            "typeName": "String",
            "expression": {
              "type": "CSharp",
              "value": "CurrentValue.code"
            }
          },
          "uitkomsten": {
            "typeName": "String[]",
            "expression": {
              "type": "Literal",
              "value": [
                "plan-gereed"
              ]
            }
          },
          "vervaldatum": {
            "typeName": "DateTimeOffset",
            "expression": {
              "type": "Variable",
              "value": "FaseEinde"
            }
          }
        }
      },
      {
        "id": "selectie-klaar",
        "name": "Fase selectie: afgerond",
        "type": "Participatie.SetProgrammaFase",
        "version": 1,
        "nodeId": "Workflow1:selectie-klaar",
        "customProperties": {},
        "metadata": {
          "designer": {
            "position": {
              "x": 0,
              "y": 960
            },
            "size": {
              "width": 220,
              "height": 60
            }
          }
        },
        "fase": {
          "typeName": "String",
          "expression": {
            "type": "Literal",
            "value": "selectie"
          }
        },
        "status": {
          "typeName": "String",
          "expression": {
            "type": "Literal",
            "value": "Afgerond"
          }
        }
      },
      {
        "id": "fase-uitvoering",
        "name": "Fase uitvoering: actief",
        "type": "Participatie.SetProgrammaFase",
        "version": 1,
        "nodeId": "Workflow1:fase-uitvoering",
        "customProperties": {},
        "metadata": {
          "designer": {
            "position": {
              "x": 0,
              "y": 1080
            },
            "size": {
              "width": 220,
              "height": 60
            }
          }
        },
        "fase": {
          "typeName": "String",
          "expression": {
            "type": "Literal",
            "value": "uitvoering"
          }
        },
        "status": {
          "typeName": "String",
          "expression": {
            "type": "Literal",
            "value": "Actief"
          }
        },
        "einddatum": {
          "typeName": "DateTimeOffset",
          "memoryReference": {
            "id": "FaseEinde"
          }
        }
      },
      {
        "id": "voortgang",
        "name": "Taak: maandelijkse voortgang",
        "type": "Participatie.HumanTask",
        "version": 1,
        "nodeId": "Workflow1:voortgang",
        "customProperties": {},
        "metadata": {
          "designer": {
            "position": {
              "x": 0,
              "y": 1200
            },
            "size": {
              "width": 220,
              "height": 60
            }
          }
        },
        "titel": {
          "typeName": "String",
          "expression": {
            "type": "Literal",
            "value": "Maandelijkse voortgang uitvoering plannen van aanpak"
          }
        },
        "omschrijving": {
          "typeName": "String",
          "expression": {
            "type": "Literal",
            "value": "Hoe gaat de uitvoering in de buurten? Wat loopt goed, wat moet bijgestuurd?"
          }
        },
        "rol": {
          "typeName": "String",
          "expression": {
            "type": "Literal",
            "value": "wijkcoordinator"
          }
        },
        "uitkomsten": {
          "typeName": "String[]",
          "expression": {
            "type": "Literal",
            "value": [
              "op-koers",
              "bijsturen"
            ]
          }
        },
        "vervaldatum": {
          "typeName": "DateTimeOffset",
          "expression": {
            "type": "Literal",
            "value": null
          }
        },
        "termijnWerkdagen": {
          "typeName": "Int32",
          "expression": {
            "type": "Literal",
            "value": 10
          }
        }
      },
      {
        "id": "wacht-maand",
        "name": "Wacht een maand",
        "type": "Participatie.WaitUntil",
        "version": 1,
        "nodeId": "Workflow1:wacht-maand",
        "customProperties": {},
        "metadata": {
          "designer": {
            "position": {
              "x": 300,
              "y": 1200
            },
            "size": {
              "width": 220,
              "height": 60
            }
          }
        },
        "dagen": {
          "typeName": "Int32",
          "expression": {
            "type": "Literal",
            "value": 30
          }
        }
      },
      {
        "id": "nog-in-uitvoering",
        "name": "Loopt de uitvoering nog?",
        "type": "Elsa.FlowDecision",
        "version": 1,
        "nodeId": "Workflow1:nog-in-uitvoering",
        "customProperties": {},
        "metadata": {
          "designer": {
            "position": {
              "x": 300,
              "y": 1320
            },
            "size": {
              "width": 220,
              "height": 60
            }
          }
        },
        "condition": {
          "typeName": "Boolean",
          "expression": {
            "type": "CSharp",
            "value": "DateTime.UtcNow < Variables.FaseEinde"
          }
        }
      },
      {
        "id": "uitvoering-klaar",
        "name": "Fase uitvoering: afgerond",
        "type": "Participatie.SetProgrammaFase",
        "version": 1,
        "nodeId": "Workflow1:uitvoering-klaar",
        "customProperties": {},
        "metadata": {
          "designer": {
            "position": {
              "x": 0,
              "y": 1440
            },
            "size": {
              "width": 220,
              "height": 60
            }
          }
        },
        "fase": {
          "typeName": "String",
          "expression": {
            "type": "Literal",
            "value": "uitvoering"
          }
        },
        "status": {
          "typeName": "String",
          "expression": {
            "type": "Literal",
            "value": "Afgerond"
          }
        }
      },
      {
        "id": "fase-voorstel",
        "name": "Fase voorstel: actief",
        "type": "Participatie.SetProgrammaFase",
        "version": 1,
        "nodeId": "Workflow1:fase-voorstel",
        "customProperties": {},
        "metadata": {
          "designer": {
            "position": {
              "x": 0,
              "y": 1560
            },
            "size": {
              "width": 220,
              "height": 60
            }
          }
        },
        "fase": {
          "typeName": "String",
          "expression": {
            "type": "Literal",
            "value": "voorstel"
          }
        },
        "status": {
          "typeName": "String",
          "expression": {
            "type": "Literal",
            "value": "Actief"
          }
        },
        "einddatum": {
          "typeName": "DateTimeOffset",
          "memoryReference": {
            "id": "FaseEinde"
          }
        }
      },
      {
        "id": "voorstel-taak",
        "name": "Taak: voorstel bijdragen gemeente en corporaties",
        "type": "Participatie.HumanTask",
        "version": 1,
        "nodeId": "Workflow1:voorstel-taak",
        "customProperties": {},
        "metadata": {
          "designer": {
            "position": {
              "x": 0,
              "y": 1680
            },
            "size": {
              "width": 220,
              "height": 60
            }
          }
        },
        "titel": {
          "typeName": "String",
          "expression": {
            "type": "Literal",
            "value": "Voorstel: wat dragen gemeente en corporaties bij aan de ideeën van bewoners?"
          }
        },
        "omschrijving": {
          "typeName": "String",
          "expression": {
            "type": "Literal",
            "value": "Maak het voorstel hoe gemeente en corporaties kunnen bijdragen aan de realisatie van de ideeën van bewoners in de geselecteerde buurten (rapport: /rapporten/voorstel)."
          }
        },
        "rol": {
          "typeName": "String",
          "expression": {
            "type": "Literal",
            "value": "afdeling"
          }
        },
        "uitkomsten": {
          "typeName": "String[]",
          "expression": {
            "type": "Literal",
            "value": [
              "voorstel-gereed"
            ]
          }
        },
        "vervaldatum": {
          "typeName": "DateTimeOffset",
          "expression": {
            "type": "Variable",
            "value": "FaseEinde"
          }
        }
      },
      {
        "id": "voorstel-klaar",
        "name": "Fase voorstel: afgerond",
        "type": "Participatie.SetProgrammaFase",
        "version": 1,
        "nodeId": "Workflow1:voorstel-klaar",
        "customProperties": {},
        "metadata": {
          "designer": {
            "position": {
              "x": 0,
              "y": 1800
            },
            "size": {
              "width": 220,
              "height": 60
            }
          }
        },
        "fase": {
          "typeName": "String",
          "expression": {
            "type": "Literal",
            "value": "voorstel"
          }
        },
        "status": {
          "typeName": "String",
          "expression": {
            "type": "Literal",
            "value": "Afgerond"
          }
        }
      },
      {
        "id": "fase-advies",
        "name": "Fase advies: actief",
        "type": "Participatie.SetProgrammaFase",
        "version": 1,
        "nodeId": "Workflow1:fase-advies",
        "customProperties": {},
        "metadata": {
          "designer": {
            "position": {
              "x": 0,
              "y": 1920
            },
            "size": {
              "width": 220,
              "height": 60
            }
          }
        },
        "fase": {
          "typeName": "String",
          "expression": {
            "type": "Literal",
            "value": "advies"
          }
        },
        "status": {
          "typeName": "String",
          "expression": {
            "type": "Literal",
            "value": "Actief"
          }
        },
        "einddatum": {
          "typeName": "DateTimeOffset",
          "memoryReference": {
            "id": "FaseEinde"
          }
        }
      },
      {
        "id": "advies-taak",
        "name": "Taak: advies aan de bestuurders",
        "type": "Participatie.HumanTask",
        "version": 1,
        "nodeId": "Workflow1:advies-taak",
        "customProperties": {},
        "metadata": {
          "designer": {
            "position": {
              "x": 0,
              "y": 2040
            },
            "size": {
              "width": 220,
              "height": 60
            }
          }
        },
        "titel": {
          "typeName": "String",
          "expression": {
            "type": "Literal",
            "value": "Advies aan de bestuurders over structurele samenwerking"
          }
        },
        "omschrijving": {
          "typeName": "String",
          "expression": {
            "type": "Literal",
            "value": "Stel het advies op over hoe gemeente en corporaties structureel kunnen samenwerken aan doe-democratie (rapport: /rapporten/advies)."
          }
        },
        "rol": {
          "typeName": "String",
          "expression": {
            "type": "Literal",
            "value": "beleid"
          }
        },
        "uitkomsten": {
          "typeName": "String[]",
          "expression": {
            "type": "Literal",
            "value": [
              "advies-gereed"
            ]
          }
        },
        "vervaldatum": {
          "typeName": "DateTimeOffset",
          "expression": {
            "type": "Variable",
            "value": "FaseEinde"
          }
        }
      },
      {
        "id": "advies-klaar",
        "name": "Fase advies: afgerond",
        "type": "Participatie.SetProgrammaFase",
        "version": 1,
        "nodeId": "Workflow1:advies-klaar",
        "customProperties": {},
        "metadata": {
          "designer": {
            "position": {
              "x": 0,
              "y": 2160
            },
            "size": {
              "width": 220,
              "height": 60
            }
          }
        },
        "fase": {
          "typeName": "String",
          "expression": {
            "type": "Literal",
            "value": "advies"
          }
        },
        "status": {
          "typeName": "String",
          "expression": {
            "type": "Literal",
            "value": "Afgerond"
          }
        }
      },
      {
        "id": "fase-besluit",
        "name": "Fase besluit: actief",
        "type": "Participatie.SetProgrammaFase",
        "version": 1,
        "nodeId": "Workflow1:fase-besluit",
        "customProperties": {},
        "metadata": {
          "designer": {
            "position": {
              "x": 0,
              "y": 2280
            },
            "size": {
              "width": 220,
              "height": 60
            }
          }
        },
        "fase": {
          "typeName": "String",
          "expression": {
            "type": "Literal",
            "value": "besluit"
          }
        },
        "status": {
          "typeName": "String",
          "expression": {
            "type": "Literal",
            "value": "Actief"
          }
        },
        "einddatum": {
          "typeName": "DateTimeOffset",
          "memoryReference": {
            "id": "FaseEinde"
          }
        }
      },
      {
        "id": "besluit-taak",
        "name": "Taak: besluit samenwerking",
        "type": "Participatie.HumanTask",
        "version": 1,
        "nodeId": "Workflow1:besluit-taak",
        "customProperties": {},
        "metadata": {
          "designer": {
            "position": {
              "x": 0,
              "y": 2400
            },
            "size": {
              "width": 220,
              "height": 60
            }
          }
        },
        "titel": {
          "typeName": "String",
          "expression": {
            "type": "Literal",
            "value": "Besluit samenwerking gemeente en corporaties"
          }
        },
        "omschrijving": {
          "typeName": "String",
          "expression": {
            "type": "Literal",
            "value": "Neem namens de bestuurders het besluit over de structurele samenwerking."
          }
        },
        "rol": {
          "typeName": "String",
          "expression": {
            "type": "Literal",
            "value": "bestuur"
          }
        },
        "uitkomsten": {
          "typeName": "String[]",
          "expression": {
            "type": "Literal",
            "value": [
              "akkoord",
              "niet-akkoord"
            ]
          }
        },
        "vervaldatum": {
          "typeName": "DateTimeOffset",
          "expression": {
            "type": "Variable",
            "value": "FaseEinde"
          }
        }
      },
      {
        "id": "besluit-klaar",
        "name": "Fase besluit: afgerond",
        "type": "Participatie.SetProgrammaFase",
        "version": 1,
        "nodeId": "Workflow1:besluit-klaar",
        "customProperties": {},
        "metadata": {
          "designer": {
            "position": {
              "x": 0,
              "y": 2520
            },
            "size": {
              "width": 220,
              "height": 60
            }
          }
        },
        "fase": {
          "typeName": "String",
          "expression": {
            "type": "Literal",
            "value": "besluit"
          }
        },
        "status": {
          "typeName": "String",
          "expression": {
            "type": "Literal",
            "value": "Afgerond"
          }
        }
      }
    ],
    "connections": [
      {
        "source": {
          "activity": "start",
          "port": "Done"
        },
        "target": {
          "activity": "fase-analyse",
          "port": "In"
        }
      },
      {
        "source": {
          "activity": "fase-analyse",
          "port": "Done"
        },
        "target": {
          "activity": "analyse-taak",
          "port": "In"
        }
      },
      {
        "source": {
          "activity": "analyse-taak",
          "port": "analyse-gereed"
        },
        "target": {
          "activity": "analyse-klaar",
          "port": "In"
        }
      },
      {
        "source": {
          "activity": "analyse-klaar",
          "port": "Done"
        },
        "target": {
          "activity": "fase-selectie",
          "port": "In"
        }
      },
      {
        "source": {
          "activity": "fase-selectie",
          "port": "Done"
        },
        "target": {
          "activity": "selecteer",
          "port": "In"
        }
      },
      {
        "source": {
          "activity": "selecteer",
          "port": "Done"
        },
        "target": {
          "activity": "selectie-bevestigen",
          "port": "In"
        }
      },
      {
        "source": {
          "activity": "selectie-bevestigen",
          "port": "opnieuw-selecteren"
        },
        "target": {
          "activity": "selecteer",
          "port": "In"
        }
      },
      {
        "source": {
          "activity": "selectie-bevestigen",
          "port": "bevestigd"
        },
        "target": {
          "activity": "plannen",
          "port": "In"
        }
      },
      {
        "source": {
          "activity": "plannen",
          "port": "Done"
        },
        "target": {
          "activity": "selectie-klaar",
          "port": "In"
        }
      },
      {
        "source": {
          "activity": "selectie-klaar",
          "port": "Done"
        },
        "target": {
          "activity": "fase-uitvoering",
          "port": "In"
        }
      },
      {
        "source": {
          "activity": "fase-uitvoering",
          "port": "Done"
        },
        "target": {
          "activity": "voortgang",
          "port": "In"
        }
      },
      {
        "source": {
          "activity": "voortgang",
          "port": "op-koers"
        },
        "target": {
          "activity": "wacht-maand",
          "port": "In"
        }
      },
      {
        "source": {
          "activity": "voortgang",
          "port": "bijsturen"
        },
        "target": {
          "activity": "wacht-maand",
          "port": "In"
        }
      },
      {
        "source": {
          "activity": "wacht-maand",
          "port": "Done"
        },
        "target": {
          "activity": "nog-in-uitvoering",
          "port": "In"
        }
      },
      {
        "source": {
          "activity": "nog-in-uitvoering",
          "port": "True"
        },
        "target": {
          "activity": "voortgang",
          "port": "In"
        }
      },
      {
        "source": {
          "activity": "nog-in-uitvoering",
          "port": "False"
        },
        "target": {
          "activity": "uitvoering-klaar",
          "port": "In"
        }
      },
      {
        "source": {
          "activity": "uitvoering-klaar",
          "port": "Done"
        },
        "target": {
          "activity": "fase-voorstel",
          "port": "In"
        }
      },
      {
        "source": {
          "activity": "fase-voorstel",
          "port": "Done"
        },
        "target": {
          "activity": "voorstel-taak",
          "port": "In"
        }
      },
      {
        "source": {
          "activity": "voorstel-taak",
          "port": "voorstel-gereed"
        },
        "target": {
          "activity": "voorstel-klaar",
          "port": "In"
        }
      },
      {
        "source": {
          "activity": "voorstel-klaar",
          "port": "Done"
        },
        "target": {
          "activity": "fase-advies",
          "port": "In"
        }
      },
      {
        "source": {
          "activity": "fase-advies",
          "port": "Done"
        },
        "target": {
          "activity": "advies-taak",
          "port": "In"
        }
      },
      {
        "source": {
          "activity": "advies-taak",
          "port": "advies-gereed"
        },
        "target": {
          "activity": "advies-klaar",
          "port": "In"
        }
      },
      {
        "source": {
          "activity": "advies-klaar",
          "port": "Done"
        },
        "target": {
          "activity": "fase-besluit",
          "port": "In"
        }
      },
      {
        "source": {
          "activity": "fase-besluit",
          "port": "Done"
        },
        "target": {
          "activity": "besluit-taak",
          "port": "In"
        }
      },
      {
        "source": {
          "activity": "besluit-taak",
          "port": "akkoord"
        },
        "target": {
          "activity": "besluit-klaar",
          "port": "In"
        }
      },
      {
        "source": {
          "activity": "besluit-taak",
          "port": "niet-akkoord"
        },
        "target": {
          "activity": "besluit-klaar",
          "port": "In"
        }
      }
    ]
  }
}','2026-12-06 17:55:10.1294092');
CREATE TABLE "WorkflowInstances" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_WorkflowInstances" PRIMARY KEY,
    "DefinitionId" TEXT NOT NULL,
    "DefinitionVersionId" TEXT NOT NULL,
    "CorrelationId" TEXT NULL,
    "Status" TEXT NOT NULL,
    "SubStatus" TEXT NOT NULL,
    "ParentInstanceId" TEXT NULL,
    "CreatedAt" TEXT NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    "ConcurrencyVersion" INTEGER NOT NULL,
    "Json" TEXT NOT NULL
);
CREATE TABLE "__EFMigrationsHistory" (
    "MigrationId" TEXT NOT NULL CONSTRAINT "PK___EFMigrationsHistory" PRIMARY KEY,
    "ProductVersion" TEXT NOT NULL
);
INSERT INTO "__EFMigrationsHistory" VALUES('20261121005911_Initial','6.0.7');
INSERT INTO "__EFMigrationsHistory" VALUES('20261121010536_Chat','6.0.7');
INSERT INTO "__EFMigrationsHistory" VALUES('20261121013335_Workflows','6.0.7');
INSERT INTO "__EFMigrationsHistory" VALUES('20261121021504_Routering','6.0.7');
INSERT INTO "__EFMigrationsHistory" VALUES('20261121031155_Regelsets','6.0.7');
CREATE UNIQUE INDEX "IX_Buurten_Code" ON "Buurten" ("Code");
CREATE INDEX "IX_Buurten_WijkId" ON "Buurten" ("WijkId");
CREATE INDEX "IX_BuurtPostcodes_BuurtId" ON "BuurtPostcodes" ("BuurtId");
CREATE UNIQUE INDEX "IX_BuurtPostcodes_Postcode4_BuurtId" ON "BuurtPostcodes" ("Postcode4", "BuurtId");
CREATE UNIQUE INDEX "IX_CorporatieBezit_BuurtId_WoningcorporatieId" ON "CorporatieBezit" ("BuurtId", "WoningcorporatieId");
CREATE INDEX "IX_CorporatieBezit_WoningcorporatieId" ON "CorporatieBezit" ("WoningcorporatieId");
CREATE UNIQUE INDEX "IX_Gemeenten_Code" ON "Gemeenten" ("Code");
CREATE INDEX "IX_InitiatiefStatusHistorie_InitiatiefId" ON "InitiatiefStatusHistorie" ("InitiatiefId");
CREATE INDEX "IX_Initiatieven_BewonerId" ON "Initiatieven" ("BewonerId");
CREATE INDEX "IX_Initiatieven_BuurtId" ON "Initiatieven" ("BuurtId");
CREATE INDEX "IX_Initiatieven_ConversationId" ON "Initiatieven" ("ConversationId");
CREATE UNIQUE INDEX "IX_Initiatieven_Referentie" ON "Initiatieven" ("Referentie");
CREATE INDEX "IX_Initiatieven_Status" ON "Initiatieven" ("Status");
CREATE INDEX "IX_Interventies_BuurtId" ON "Interventies" ("BuurtId");
CREATE UNIQUE INDEX "IX_ProgrammaFases_ProgrammaId_Code" ON "ProgrammaFases" ("ProgrammaId", "Code");
CREATE INDEX "IX_Programmas_GemeenteId" ON "Programmas" ("GemeenteId");
CREATE UNIQUE INDEX "IX_StaffAccounts_Gebruikersnaam" ON "StaffAccounts" ("Gebruikersnaam");
CREATE INDEX "IX_Taken_BuurtId" ON "Taken" ("BuurtId");
CREATE INDEX "IX_Taken_InitiatiefId" ON "Taken" ("InitiatiefId");
CREATE INDEX "IX_Taken_Status_Rol" ON "Taken" ("Status", "Rol");
CREATE UNIQUE INDEX "IX_Wijken_Code" ON "Wijken" ("Code");
CREATE INDEX "IX_Wijken_GemeenteId" ON "Wijken" ("GemeenteId");
CREATE UNIQUE INDEX "IX_Woningcorporaties_Naam" ON "Woningcorporaties" ("Naam");
CREATE UNIQUE INDEX "IX_Initiatieven_Idempotentiesleutel" ON "Initiatieven" ("Idempotentiesleutel");
CREATE UNIQUE INDEX "IX_ChatActivities_ConversationId_Volgnummer" ON "ChatActivities" ("ConversationId", "Volgnummer");
CREATE INDEX "IX_WorkflowBookmarks_CorrelationId" ON "WorkflowBookmarks" ("CorrelationId");
CREATE INDEX "IX_WorkflowBookmarks_DueAt" ON "WorkflowBookmarks" ("DueAt");
CREATE INDEX "IX_WorkflowBookmarks_InstanceId" ON "WorkflowBookmarks" ("InstanceId");
CREATE INDEX "IX_WorkflowBookmarks_Name_Key" ON "WorkflowBookmarks" ("Name", "Key");
CREATE UNIQUE INDEX "IX_WorkflowDefinitions_DefinitionId_Version" ON "WorkflowDefinitions" ("DefinitionId", "Version");
CREATE INDEX "IX_WorkflowInstances_CorrelationId" ON "WorkflowInstances" ("CorrelationId");
CREATE INDEX "IX_WorkflowInstances_DefinitionId_Status" ON "WorkflowInstances" ("DefinitionId", "Status");
CREATE INDEX "IX_Taken_BookmarkId" ON "Taken" ("BookmarkId");
CREATE INDEX "IX_ProgrammaBuurten_BuurtId" ON "ProgrammaBuurten" ("BuurtId");
CREATE UNIQUE INDEX "IX_ProgrammaBuurten_ProgrammaId_BuurtId" ON "ProgrammaBuurten" ("ProgrammaId", "BuurtId");
CREATE INDEX "IX_RegelBeslissingen_InitiatiefId" ON "RegelBeslissingen" ("InitiatiefId");
CREATE INDEX "IX_RegelBeslissingen_ProgrammaId" ON "RegelBeslissingen" ("ProgrammaId");
CREATE UNIQUE INDEX "IX_RegelsetConcepten_Regelset" ON "RegelsetConcepten" ("Regelset");
CREATE INDEX "IX_RegelsetLogboek_Regelset" ON "RegelsetLogboek" ("Regelset");
CREATE UNIQUE INDEX "IX_RegelsetVersies_Regelset_Nummer" ON "RegelsetVersies" ("Regelset", "Nummer");
CREATE TRIGGER "RegelsetVersies_GeenUpdate" BEFORE UPDATE ON "RegelsetVersies" BEGIN SELECT RAISE(ABORT, 'Een gepubliceerde regelsetversie kan niet gewijzigd worden.'); END;
CREATE TRIGGER "RegelsetVersies_GeenDelete" BEFORE DELETE ON "RegelsetVersies" BEGIN SELECT RAISE(ABORT, 'Een gepubliceerde regelsetversie kan niet verwijderd worden.'); END;
CREATE TRIGGER "RegelsetLogboek_GeenUpdate" BEFORE UPDATE ON "RegelsetLogboek" BEGIN SELECT RAISE(ABORT, 'Het regelslogboek kan niet gewijzigd worden.'); END;
CREATE TRIGGER "RegelsetLogboek_GeenDelete" BEFORE DELETE ON "RegelsetLogboek" BEGIN SELECT RAISE(ABORT, 'Het regelslogboek kan niet verwijderd worden.'); END;
DELETE FROM "sqlite_sequence";
INSERT INTO "sqlite_sequence" VALUES('Gemeenten',1);
INSERT INTO "sqlite_sequence" VALUES('Woningcorporaties',3);
INSERT INTO "sqlite_sequence" VALUES('Wijken',8);
INSERT INTO "sqlite_sequence" VALUES('Buurten',60);
INSERT INTO "sqlite_sequence" VALUES('BuurtPostcodes',60);
INSERT INTO "sqlite_sequence" VALUES('CorporatieBezit',129);
INSERT INTO "sqlite_sequence" VALUES('Bewoners',240);
INSERT INTO "sqlite_sequence" VALUES('Initiatieven',200);
INSERT INTO "sqlite_sequence" VALUES('InitiatiefStatusHistorie',848);
INSERT INTO "sqlite_sequence" VALUES('Interventies',40);
INSERT INTO "sqlite_sequence" VALUES('Programmas',1);
INSERT INTO "sqlite_sequence" VALUES('Taken',412);
INSERT INTO "sqlite_sequence" VALUES('ProgrammaFases',6);
INSERT INTO "sqlite_sequence" VALUES('StaffAccounts',5);
INSERT INTO "sqlite_sequence" VALUES('RegelsetVersies',3);
INSERT INTO "sqlite_sequence" VALUES('ChatActivities',4);
COMMIT;
