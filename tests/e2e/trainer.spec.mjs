// The trainer kit: the connected example workspace with its cross-links, and the
// concept guide ("Learn") with the "?" links that lead to it from the fields.
import { test, expect } from '@playwright/test';
import { open } from './helpers.mjs';

const JOURNEY = 'New employees get ready to work';

/** Loads the example workspace from Home into an empty workspace. */
async function loadExample(page) {
  await open(page, '#/');
  const section = page.getByRole('region', { name: 'Example workspace' });
  await section.getByRole('button', { name: 'Load example workspace' }).click();
  await expect(section.getByRole('status')).toContainText('The example workspace was loaded.');
  return section;
}

test('the example workspace tells one story, with links from the journey to its service levels and back', async ({ page }) => {
  const section = await loadExample(page);
  await section.getByRole('link', { name: 'Open the example journey' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(JOURNEY);
  // Two personas on the journey, seven steps.
  await expect(page.getByRole('heading', { level: 2, name: 'Realize' })).toBeVisible();

  // Journey -> its service's levels.
  const main = page.getByRole('main');
  await main.getByRole('link', { name: 'Service levels: Workplace IT' }).click();
  await expect(page).toHaveURL(/#\/service-levels\/svc-/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Workplace IT');
  const journeys = page.getByRole('region', { name: 'Journeys of this service' });
  await expect(journeys.getByRole('link', { name: JOURNEY })).toBeVisible();
  // The service is the watermelon case.
  await expect(page.getByRole('region', { name: /Watermelon warnings/ })).toContainText('Workplace IT');
  const improvements = page.getByRole('table', { name: 'Improvement opportunities' });
  await expect(improvements.getByRole('row')).toHaveCount(4);

  // Improvement -> the touchpoint whose pain point it answers.
  await improvements.getByRole('link', { name: 'Answers touchpoint: Laptop ready on the first day' }).click();
  await expect(page).toHaveURL(/#\/journeys\/journey-[^?]+\?touchpoint=tp-/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(JOURNEY);
  const card = page.getByRole('article', { name: 'Laptop ready on the first day' });
  await expect(card).toBeFocused();
  await expect(card).toBeInViewport();
  await expect(card.getByRole('checkbox', { name: 'Moment of truth' })).toBeChecked();

  // Back to the service from the journey, and its Kano survey is there too.
  await main.getByRole('link', { name: 'Service levels: Workplace IT' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Workplace IT');
  await page.goto('./#/kano');
  await page.getByRole('link', { name: 'Workplace IT: what matters to you?' }).click();
  await page.getByRole('link', { name: 'Analyse' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'respondents analysed' })).toContainText('60 respondents analysed');
});

for (const [lang, load, open_journey, journey, link, service, answers] of [
  ['es', 'Cargar el espacio de trabajo de ejemplo', 'Abrir el recorrido de ejemplo', 'Los nuevos empleados se preparan para trabajar',
    'Niveles de servicio: TI del puesto de trabajo', 'TI del puesto de trabajo', 'Responde al punto de contacto: Portátil listo el primer día'],
  ['ru', 'Загрузить пример рабочего пространства', 'Открыть пример пути', 'Новые сотрудники готовятся к работе',
    'Уровни услуг: ИТ рабочего места', 'ИТ рабочего места', 'Отвечает на точку взаимодействия: Ноутбук готов в первый день'],
]) {
  test(`the example workspace and its links in ${lang}`, async ({ page }) => {
    await open(page, '#/');
    await page.getByLabel('Language').selectOption(lang);
    await page.getByRole('button', { name: load }).click();
    await page.getByRole('link', { name: open_journey }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(journey);
    await page.getByRole('main').getByRole('link', { name: link }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(service);
    await page.getByRole('link', { name: answers }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(journey);
    await expect(page.locator('article.touchpoint:focus')).toHaveCount(1);
  });
}

test('an improvement can be linked to a journey touchpoint in its form', async ({ page }) => {
  await loadExample(page);
  await page.goto('./#/service-levels');
  await page.getByRole('main').getByRole('link', { name: 'Workplace IT', exact: true }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Workplace IT');
  await page.getByLabel('Title', { exact: true }).fill('Simpler order form');
  await page.getByLabel('Answers touchpoint').selectOption({ label: 'Orders a laptop for a new hire' });
  await page.getByRole('button', { name: 'Add improvement' }).click();
  const improvements = page.getByRole('table', { name: 'Improvement opportunities' });
  await improvements.getByRole('link', { name: 'Answers touchpoint: Orders a laptop for a new hire' }).click();
  await expect(page.getByRole('article', { name: 'Orders a laptop for a new hire' })).toBeFocused();
  // The link survives a reload.
  await page.goto('./#/service-levels/improvements');
  await expect(page.getByRole('link', { name: 'Answers touchpoint: Orders a laptop for a new hire' })).toBeVisible();
});

test('loading replaces only after confirming, and adding beside keeps existing data', async ({ page }) => {
  await open(page, '#/journeys');
  await page.getByRole('button', { name: 'Add example journey' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(JOURNEY);
  const name = page.getByRole('textbox', { name: 'Name', exact: true }).first();
  await name.fill('My own journey');
  await name.blur();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('My own journey');

  const section = async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Home' }).click();
    const region = page.getByRole('region', { name: 'Example workspace' });
    await region.getByRole('button', { name: 'Load example workspace' }).click();
    await expect(region.getByRole('group')).toContainText('Your workspace already holds data.');
    return region;
  };
  const journeyLinks = async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Journeys' }).click();
    return page.getByRole('main').getByRole('link', { name: /^(My own journey|New employees get ready to work)$/ });
  };

  // Add beside: the user's journey stays.
  let region = await section();
  await region.getByRole('button', { name: 'Add beside my data' }).click();
  await expect(region.getByRole('status')).toHaveText(/The example workspace was added beside your data\./);
  await expect(await journeyLinks()).toHaveText(['My own journey', JOURNEY]);

  // Replace, then cancel: nothing changes.
  region = await section();
  await region.getByRole('button', { name: 'Replace my data' }).click();
  await expect(region.getByRole('alert')).toContainText('Replacing deletes every journey');
  await region.getByRole('button', { name: 'Cancel' }).click();
  await expect(region.getByRole('alert')).toHaveCount(0);
  await expect(await journeyLinks()).toHaveText(['My own journey', JOURNEY]);

  // Replace, confirmed: only the example is left, also after a reload.
  region = await section();
  await region.getByRole('button', { name: 'Replace my data' }).click();
  await region.getByRole('button', { name: 'Yes, replace my data' }).click();
  await expect(region.getByRole('status')).toContainText('The example workspace was loaded.');
  await expect(await journeyLinks()).toHaveText([JOURNEY]);
  await page.reload();
  await expect(page.getByRole('main').getByRole('link', { name: JOURNEY })).toHaveCount(1);
  await expect(page.getByRole('main').getByRole('link', { name: 'My own journey' })).toHaveCount(0);
});

const CONCEPTS = {
  en: ['Learn', [
    'The seven journey steps',
    'Basic, cooperative and partnership relationships',
    'The service relationship model',
    'Value: outcomes, costs and risks; utility and warranty',
    'Service mindset: values for co-creation',
    'Moments of truth',
    'The four success factors of service level management',
    'SLA, OLA and underpinning contract',
    'The watermelon effect',
    'Kano categories and Better/Worse',
  ]],
  es: ['Aprender', [
    'Los siete pasos del recorrido',
    'Relaciones básicas, cooperativas y de asociación',
    'El modelo de relación de servicio',
    'Valor: resultados, costes y riesgos; utilidad y garantía',
    'Mentalidad de servicio: valores para la cocreación',
    'Momentos de la verdad',
    'Los cuatro factores de éxito de la gestión de niveles de servicio',
    'SLA, OLA y contrato de soporte',
    'El efecto sandía',
    'Categorías Kano y Better/Worse',
  ]],
  ru: ['Основы', [
    'Семь шагов пути клиента',
    'Базовые, кооперативные и партнёрские отношения',
    'Модель сервисных отношений',
    'Ценность: результаты, затраты и риски; полезность и гарантия',
    'Сервисное мышление: ценности для совместного создания',
    'Моменты истины',
    'Четыре фактора успеха управления уровнем услуг',
    'SLA, OLA и поддерживающий договор',
    'Эффект арбуза',
    'Категории Кано и Better/Worse',
  ]],
};

test('Learn explains every concept in all three languages, each with where it is used', async ({ page }) => {
  await open(page, '#/');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Learn' }).click();
  await expect(page).toHaveURL(/#\/learn$/);
  for (const [lang, [title, headings]] of Object.entries(CONCEPTS)) {
    await page.getByLabel(/Language|Idioma|Язык/).selectOption(lang);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    const sections = page.getByRole('main').getByRole('heading', { level: 2 });
    // The contents heading, then one heading per concept, in order.
    await expect(sections).toHaveCount(headings.length + 1);
    await expect(sections.filter({ hasNotText: /^(Concepts|Conceptos|Понятия)$/ })).toHaveText(headings);
    for (const heading of headings) {
      const region = page.getByRole('region', { name: heading, exact: true });
      await expect(region.locator('p').first()).not.toBeEmpty();
      await expect(region.locator('.used-in a')).toHaveAttribute('href', /^#\/(journeys|kano|service-levels)$/);
    }
    // The seven steps with both sides' part.
    await expect(page.getByRole('region', { name: headings[0] }).getByRole('row')).toHaveCount(8);
  }
  // From a concept to where it is used.
  await page.getByLabel('Язык').selectOption('en');
  await page.getByRole('region', { name: 'The watermelon effect' }).getByRole('link', { name: 'Service levels' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Service levels');
});

test("a field's ? link describes its concept and opens it in the guide", async ({ page }) => {
  const section = await loadExample(page);
  await section.getByRole('link', { name: 'Open the example journey' }).click();

  // Relationship type on the journey: keyboard-reachable, with its tooltip as description.
  const relationship = page.getByRole('link', { name: 'About relationship types' });
  await relationship.focus();
  await expect(relationship).toHaveAccessibleDescription(/How closely provider and consumer work together/);
  await expect(page.getByRole('tooltip').filter({ hasText: 'How closely provider and consumer' })).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/learn\/relationship-types$/);
  const concept = page.getByRole('region', { name: 'Basic, cooperative and partnership relationships' });
  await expect(concept).toBeFocused();
  await expect(concept.getByRole('term')).toHaveText(['Basic', 'Cooperative', 'Partnership']);
  await page.goBack();

  // A step header.
  await expect(page.getByRole('link', { name: 'About the journey steps' })).toHaveCount(7);
  await page.getByRole('link', { name: 'About the journey steps' }).nth(4).click();
  await expect(page.getByRole('region', { name: 'The seven journey steps' })).toBeFocused();

  // Agreement kind and watermelon list on the service page.
  await page.goto('./#/service-levels');
  await page.getByRole('link', { name: 'About the watermelon effect' }).click();
  await expect(page.getByRole('region', { name: 'The watermelon effect' })).toBeFocused();
  await page.goBack();
  await page.getByRole('main').getByRole('link', { name: 'Workplace IT', exact: true }).first().click();
  await page.getByRole('link', { name: 'About agreement kinds' }).first().click();
  await expect(page.getByRole('region', { name: 'SLA, OLA and underpinning contract' })).toBeFocused();

  // Kano category in the analysis.
  await page.goto('./#/kano');
  await page.getByRole('link', { name: 'Workplace IT: what matters to you?' }).click();
  await page.getByRole('link', { name: 'Analyse' }).click();
  await page.getByRole('link', { name: 'About Kano categories' }).click();
  await expect(page.getByRole('region', { name: 'Kano categories and Better/Worse' })).toBeFocused();
  await expect(page.getByRole('region', { name: 'Kano categories and Better/Worse' })).toContainText('Better = (A+O)/(A+O+M+I)');
});
