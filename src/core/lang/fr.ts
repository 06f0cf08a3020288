import { fr as headers } from './headers/fr';
import { FR_ALIGNMENT } from './alignment/fr';
import type { LanguagePack } from './types';

const words = (text: string): readonly string[] => text.trim().split(/\s+/);

export const FR_PACK: LanguagePack = {
  code: 'fr',
  name: 'French',
  headers,
  directions: {
    higher: [
      'plus élevé',
      'à la hausse',
      'hausse',
      'en hausse',
      'plus haut est mieux',
      'plus élevé est mieux',
      'plus est mieux',
      'augmenter',
      'croissant',
      'maximiser',
      'plus haut',
    ],
    lower: [
      'à la baisse',
      'baisse',
      'en baisse',
      'plus bas est mieux',
      'moins est mieux',
      'réduire',
      'diminuer',
      'décroissant',
      'minimiser',
      'plus bas',
    ],
    range: ['plage', 'fourchette', 'dans la plage', 'intervalle'],
    maintainAbove: ['au moins', 'pas moins de', 'maintenir au-dessus', 'rester au-dessus'],
    maintainBelow: ['au plus', 'au maximum', 'pas plus de', 'maintenir en dessous', 'rester en dessous'],
  },
  directionExamples: ['plus haut est mieux', 'plus bas est mieux', 'plage', 'au moins', 'au plus'],
  months: [
    ['janvier', 'janv'],
    ['février', 'févr', 'fevr'],
    ['mars'],
    ['avril', 'avr'],
    ['mai'],
    ['juin'],
    ['juillet', 'juil'],
    ['août'],
    ['septembre'],
    ['octobre'],
    ['novembre'],
    ['décembre', 'déc'],
  ],
  dateJoiners: ['de', 'du', 'd'],
  dateEndWords: ['fin', 'fin de', 'fin du', 'à la fin de', 'd ici fin', "d'ici fin", 'avant fin', 'avant la fin de'],
  dateLeadWords: ['avant', 'avant le', "d'ici", 'd ici', "d'ici le", 'au plus tard le', "jusqu'au", 'pour le'],
  placeholders: [
    'à définir',
    'a definir',
    'à déterminer',
    'non défini',
    'non attribué',
    'aucun',
    'personne',
    'inconnu',
    'nc',
    'n c',
  ],
  swotQuadrants: {
    strength: ['force', 'forces', 'points forts', 'point fort', 'atouts'],
    weakness: ['faiblesse', 'faiblesses', 'points faibles', 'point faible'],
    opportunity: ['opportunite', 'opportunites'],
    threat: ['menace', 'menaces', 'risques'],
  },
  achievedWords: ['atteint', 'réalisé', 'terminé', 'fait', 'accompli', 'achevé', 'clos'],
  periodLabels: ['semaine', 'sem', 'mois'],
  alignment: FR_ALIGNMENT,
  stemSuffixes: words('ations ation ements ement issements issement ités ité euses euse eurs eur es s'),
  smart: {
    stopWords: words(`
      le la les un une des de du d l au aux à a en et ou avec par pour sans sur sous entre dans chez que qui
      son sa ses notre nos mon ma mes leur leurs ce cet cette ces se est sont être plus très aussi chaque
    `),
    vagueVerbs: words(`
      améliorer optimiser explorer favoriser promouvoir renforcer développer gérer travailler essayer viser
      soutenir considérer chercher encourager
    `),
    increaseVerbs: words('augmenter accroître hausser relever doubler tripler gagner atteindre élargir'),
    decreaseVerbs: words('réduire diminuer baisser abaisser limiter éliminer éviter minimiser'),
    maintainVerbs: words('maintenir conserver garder stabiliser'),
    milestoneVerbs: words(`
      lancer ouvrir recruter embaucher terminer publier envoyer signer installer livrer mettre créer construire
      acheter certifier former
    `),
    actionVerbs: words('vendre répondre appeler visiter mesurer réviser fermer'),
    genericWords: words('chose choses entreprise performance résultats qualité service services mieux bon'),
    percentWords: words('pourcent pour-cent pourcentage'),
    metricWords: words('note taux indice nps'),
    deadlineWords: words("avant d'ici jusqu'au"),
    spanWords: words('dans en sous pendant'),
    endWords: words('fin'),
    relativeWords: { ce: 0, cette: 0, prochain: 1, prochaine: 1, suivant: 1, suivante: 1 },
    periodMonths: {
      "l'année": 12,
      "l'an": 12,
      jour: 1 / 30,
      jours: 1 / 30,
      semaine: 0.23,
      semaines: 0.23,
      mois: 1,
      trimestre: 3,
      trimestres: 3,
      semestre: 6,
      an: 12,
      ans: 12,
      année: 12,
      années: 12,
    },
    frequencyAdverbs: {
      quotidien: 'day',
      quotidiennement: 'day',
      hebdomadaire: 'week',
      mensuel: 'month',
      mensuellement: 'month',
      trimestriel: 'quarter',
      annuel: 'year',
    },
    everyWords: words('chaque tous toutes'),
    vagueTimeWords: words('bientôt prochainement plus-tard éventuellement'),
    weekdays: { dimanche: 0, lundi: 1, mardi: 2, mercredi: 3, jeudi: 4, vendredi: 5, samedi: 6 },
    articles: words("le la les l' l"),
    ofWords: words("de du des d' d"),
    outcomes: {
      customers: words(
        'client clients adhérent adhérents utilisateur utilisateurs visiteur visiteurs commande commandes réservation réservations',
      ),
      revenue: words('vente ventes chiffre revenu revenus recette recettes bénéfice bénéfices prix'),
      cost: words('coût coûts dépense dépenses gaspillage dette'),
      margin: words('marge marges rentabilité'),
      quality: words(
        'qualité défaut défauts plainte plaintes réclamation réclamations erreur erreurs retour retours retard retards',
      ),
      people: words('salarié salariés employé employés personnel équipe formation'),
      growth: words('magasin magasins boutique boutiques succursale expansion export'),
    },
  },
};
