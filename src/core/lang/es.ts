import type { LanguagePack } from './types';

const words = (text: string): readonly string[] => text.trim().split(/\s+/);

export const ES_PACK: LanguagePack = {
  code: 'es',
  name: 'Spanish',
  directions: {
    higher: [
      'mayor',
      'mayor es mejor',
      'más es mejor',
      'más alto es mejor',
      'alza',
      'al alza',
      'subir',
      'aumentar',
      'creciente',
      'ascendente',
      'maximizar',
    ],
    lower: [
      'menor',
      'menor es mejor',
      'menos es mejor',
      'más bajo es mejor',
      'a la baja',
      'bajar',
      'reducir',
      'disminuir',
      'decreciente',
      'descendente',
      'minimizar',
    ],
    range: ['rango', 'entre', 'en rango', 'dentro del rango', 'banda'],
    maintainAbove: ['al menos', 'como mínimo', 'mantener', 'mantener por encima', 'no menos de'],
    maintainBelow: ['como máximo', 'a lo sumo', 'mantener por debajo', 'no más de'],
  },
  directionExamples: ['mayor es mejor', 'menor es mejor', 'rango', 'al menos', 'como máximo'],
  months: [
    ['enero', 'ene'],
    ['febrero'],
    ['marzo'],
    ['abril', 'abr'],
    ['mayo'],
    ['junio'],
    ['julio'],
    ['agosto', 'ago'],
    ['septiembre', 'setiembre'],
    ['octubre'],
    ['noviembre'],
    ['diciembre', 'dic'],
  ],
  dateJoiners: ['de', 'del'],
  dateEndWords: ['fin', 'fin de', 'fin del', 'final de', 'a finales de', 'finales de', 'al cierre de', 'cierre de'],
  dateLeadWords: ['antes de', 'antes del', 'para', 'para el', 'hasta', 'hasta el', 'a más tardar el'],
  stemSuffixes: words(
    'aciones ación amientos amiento imientos imiento mente idades idad ando iendo ados adas idos idas es s',
  ),
  smart: {
    stopWords: words(`
      el la los las un una unos unas de del al a en y o u e con por para sin sobre entre hasta desde que
      su sus nuestro nuestra nuestros nuestras mi mis se lo le les es son ser estar este esta estos estas
      ese esa como más muy también cada
    `),
    vagueVerbs: words(`
      mejorar optimizar explorar fomentar promover impulsar potenciar fortalecer gestionar trabajar intentar
      procurar apoyar desarrollar abordar considerar enfocar centrar buscar
    `),
    increaseVerbs: words('aumentar incrementar subir crecer elevar ampliar duplicar triplicar ganar captar alcanzar'),
    decreaseVerbs: words('reducir disminuir bajar recortar rebajar minimizar limitar eliminar evitar'),
    maintainVerbs: words('mantener conservar sostener estabilizar'),
    milestoneVerbs: words(`
      lanzar abrir contratar completar terminar publicar enviar firmar instalar entregar implantar implementar
      crear construir comprar certificar formar
    `),
    changeByWords: words('un en'),
    abstractWords: words('justicia derechos transparencia confianza conciencia fundamento potencial'),
    ordinalWords: words('segundo segunda tercer tercero tercera cuarto cuarta quinto quinta sexto sexta'),
    deliverableWords: words('plan política web página tienda informe programa campaña'),
    aspirationalWords: words('excelencia líder sostenible cultura visión impacto innovación'),
    actionVerbs: words('vender atender responder llamar visitar medir revisar cerrar'),
    genericWords: words('cosa cosas negocio empresa rendimiento resultados calidad servicio servicios mejor bueno'),
    percentWords: words('porcentaje por-ciento'),
    metricWords: words('valoración puntuación tasa índice nps'),
    deadlineWords: words('antes hasta para'),
    spanWords: words('dentro en durante'),
    endWords: words('fin final finales cierre'),
    relativeWords: { este: 0, esta: 0, próximo: 1, próxima: 1, siguiente: 1 },
    periodMonths: {
      día: 1 / 30,
      días: 1 / 30,
      semana: 0.23,
      semanas: 0.23,
      mes: 1,
      meses: 1,
      trimestre: 3,
      trimestres: 3,
      semestre: 6,
      año: 12,
      años: 12,
    },
    frequencyAdverbs: {
      diario: 'day',
      diariamente: 'day',
      semanal: 'week',
      semanalmente: 'week',
      mensual: 'month',
      mensualmente: 'month',
      trimestral: 'quarter',
      anual: 'year',
      anualmente: 'year',
    },
    everyWords: words('cada todos todas'),
    vagueTimeWords: words('pronto próximamente luego algún eventualmente'),
    weekdays: { domingo: 0, lunes: 1, martes: 2, miércoles: 3, jueves: 4, viernes: 5, sábado: 6 },
    articles: words('el la los las lo'),
    ofWords: words('de del'),
    rangeJoinWords: words('a al hasta'),
    outcomes: {
      customers: words(
        'cliente clientes socio socios usuario usuarios visitante visitantes pedido pedidos reserva reservas',
      ),
      revenue: words('venta ventas ingreso ingresos facturación beneficio beneficios precio precios'),
      cost: words('coste costes costo costos gasto gastos desperdicio merma deuda'),
      margin: words('margen márgenes rentabilidad'),
      quality: words('calidad defecto defectos queja quejas error errores devolución devoluciones retraso retrasos'),
      people: words('empleado empleados personal plantilla equipo formación'),
      growth: words('tienda tiendas sucursal local expansión exportación'),
    },
  },
};
