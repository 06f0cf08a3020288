import type { LanguagePack } from './types';

const words = (text: string): readonly string[] => text.trim().split(/\s+/);

export const PT_PACK: LanguagePack = {
  code: 'pt',
  name: 'Portuguese',
  directions: {
    higher: [
      'maior',
      'maior é melhor',
      'mais é melhor',
      'alto',
      'mais alto é melhor',
      'crescente',
      'aumentar',
      'subir',
      'maximizar',
    ],
    lower: [
      'baixo',
      'menor',
      'menor é melhor',
      'menos é melhor',
      'mais baixo é melhor',
      'decrescente',
      'reduzir',
      'diminuir',
      'descer',
      'minimizar',
    ],
    range: ['intervalo', 'faixa', 'no intervalo', 'na faixa'],
    maintainAbove: ['pelo menos', 'no mínimo', 'manter acima', 'não menos de'],
    maintainBelow: ['no máximo', 'manter abaixo', 'não mais de'],
  },
  directionExamples: ['maior é melhor', 'menor é melhor', 'intervalo', 'pelo menos', 'no máximo'],
  months: [
    ['janeiro', 'jan'],
    ['fevereiro', 'fev'],
    ['março'],
    ['abril', 'abr'],
    ['maio'],
    ['junho'],
    ['julho'],
    ['agosto', 'ago'],
    ['setembro', 'set'],
    ['outubro', 'out'],
    ['novembro'],
    ['dezembro', 'dez'],
  ],
  dateJoiners: ['de', 'do', 'da'],
  dateEndWords: ['fim', 'fim de', 'fim do', 'final de', 'final do', 'até o fim de', 'até o final de'],
  dateLeadWords: ['até', 'até o', 'até ao', 'antes de', 'antes do', 'para'],
  placeholders: ['a definir', 'a confirmar', 'por definir', 'sem responsável', 'nenhum', 'ninguém', 'desconhecido'],
  achievedWords: ['atingido', 'alcançado', 'concluído', 'cumprido', 'feito', 'finalizado'],
  periodLabels: ['semana', 'mês', 'mes'],
  quarterWords: ['trimestre', 'trim', 't'],
  stemSuffixes: words('ações ação amentos amento imentos imento mente idades idade ando endo ados adas idos idas es s'),
  smart: {
    stopWords: words(`
      o a os as um uma uns umas de do da dos das ao aos à em no na nos nas e ou com por pelo pela para sem sobre
      entre até desde que seu sua seus suas nosso nossa nossos nossas se é são ser estar este esta isso como mais
      muito também cada
    `),
    vagueVerbs: words(
      'melhorar otimizar explorar fomentar promover impulsionar fortalecer gerir gerenciar trabalhar tentar apoiar desenvolver considerar focar buscar',
    ),
    increaseVerbs: words(
      'aumentar incrementar subir crescer elevar ampliar duplicar triplicar ganhar captar alcançar atingir',
    ),
    decreaseVerbs: words('reduzir diminuir baixar cortar minimizar limitar eliminar evitar'),
    maintainVerbs: words('manter conservar sustentar estabilizar'),
    milestoneVerbs: words(`
      lançar abrir contratar concluir terminar publicar enviar assinar instalar entregar implantar implementar
      criar construir comprar certificar formar treinar
    `),
    actionVerbs: words('vender atender responder ligar visitar medir revisar fechar'),
    genericWords: words('coisa coisas negócio empresa desempenho resultados qualidade serviço serviços melhor bom'),
    percentWords: words('porcento por-cento percentual'),
    metricWords: words('avaliação pontuação taxa índice nps'),
    deadlineWords: words('até antes para'),
    spanWords: words('dentro em durante'),
    endWords: words('fim final'),
    relativeWords: { este: 0, esta: 0, próximo: 1, próxima: 1, seguinte: 1 },
    periodMonths: {
      dia: 1 / 30,
      dias: 1 / 30,
      semana: 0.23,
      semanas: 0.23,
      mês: 1,
      meses: 1,
      trimestre: 3,
      trimestres: 3,
      semestre: 6,
      ano: 12,
      anos: 12,
    },
    frequencyAdverbs: {
      diário: 'day',
      diariamente: 'day',
      semanal: 'week',
      semanalmente: 'week',
      mensal: 'month',
      mensalmente: 'month',
      trimestral: 'quarter',
      anual: 'year',
      anualmente: 'year',
    },
    everyWords: words('cada todos todas'),
    vagueTimeWords: words('logo breve brevemente depois eventualmente'),
    weekdays: { domingo: 0, segunda: 1, terça: 2, quarta: 3, quinta: 4, sexta: 5, sábado: 6 },
    articles: words('o a os as'),
    ofWords: words('de do da dos das'),
    rangeJoinWords: words('para a ao até'),
    outcomes: {
      customers: words(
        'cliente clientes sócio sócios usuário usuários visitante visitantes pedido pedidos reserva reservas',
      ),
      revenue: words('venda vendas receita receitas faturamento faturação lucro lucros preço preços'),
      cost: words('custo custos despesa despesas desperdício dívida'),
      margin: words('margem margens rentabilidade'),
      quality: words(
        'qualidade defeito defeitos reclamação reclamações erro erros devolução devoluções atraso atrasos',
      ),
      people: words('funcionário funcionários colaborador colaboradores equipe equipa formação treinamento'),
      growth: words('loja lojas filial expansão exportação'),
    },
  },
};
