import { useRef, useState, type FormEvent } from 'react';
import {
  Button,
  Dropdown,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Option,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { adjustedSheetName, NewProjectInputSchema, type NewProjectField, type NewProjectInput } from '../../engine/schema';
import { budgetYearFor, copyableProjectSheets, describeIssues, planNewProject, sheetNameNote, type FieldError } from '../../engine/templates';
import { useLang, useStrings, type Lang } from '../../i18n';
import { errorText } from '../errorText';
import type { ProjectType } from '../../engine/schema';
import { StarterIndicators, chosenIds } from './StarterIndicators';
import type { TabProps } from './types';

type TextField = 'name' | 'sheetName' | 'amount' | 'start' | 'end' | 'unit' | 'budgetYear';
/** budgetYear null: not typed by the user, so it shows (and uses) the year the engine would choose. */
type Values = Record<Exclude<TextField, 'budgetYear'>, string> & { budgetYear: string | null; from: string };
type Shown = Record<TextField, string> & { from: string };

const EMPTY: Values = { name: '', sheetName: '', amount: '', start: '', end: '', unit: '', budgetYear: null, from: '' };

type Status =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'created'; sheet: string; dropdowns: boolean; skipped: string[] }
  | { kind: 'failed'; text: string };

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, minWidth: 0 },
  years: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-start', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
  year: { flex: '1 1 120px', minWidth: 0 },
  full: { width: '100%', minWidth: 0 },
  actions: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalS },
});

function fill(template: string, params: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => params[key] ?? whole);
}

function inputOf(values: Shown): NewProjectInput {
  return { ...values, from: values.from === '' ? undefined : values.from };
}

/** The form as shown: an untouched 预算年度 is the engine's default for the years typed so far. */
function shownValues(values: Values, currentYear: number): Shown {
  if (values.budgetYear !== null) return { ...values, budgetYear: values.budgetYear };
  const year = budgetYearFor(inputOf({ ...values, budgetYear: '' }), currentYear);
  return { ...values, budgetYear: String(year) };
}

function byField(errors: FieldError[], lang: Lang): { fields: Partial<Record<NewProjectField, string>>; general: string[] } {
  const fields: Partial<Record<NewProjectField, string>> = {};
  const general: string[] = [];
  for (const error of errors) {
    const text = lang === 'zh' ? error.zh : error.en;
    if (error.field === null) general.push(text);
    else fields[error.field] ??= text;
  }
  return { fields, general };
}

/**
 * 新建项目表: a short form checked by the same zod schema as the CLI; creates the sheet from the
 * template (or a copy of an existing project sheet's layout) and selects it. Loaded lazily by App.
 */
export function NewProjectTab({ host }: TabProps) {
  const s = useStrings();
  const lang = useLang();
  const styles = useStyles();
  // Focus moves to the first field in error, so a keyboard user lands where the fix is needed.
  const controls = useRef<Partial<Record<keyof Values, HTMLElement | null>>>({});
  const [values, setValues] = useState<Values>(EMPTY);
  const [errors, setErrors] = useState<{ fields: Partial<Record<NewProjectField, string>>; general: string[] }>({ fields: {}, general: [] });
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [sources, setSources] = useState<string[] | 'loading' | null>(null);
  const [type, setType] = useState<ProjectType | ''>('');
  const [unticked, setUnticked] = useState<ReadonlySet<string>>(new Set());
  const busy = status.kind === 'busy';
  const currentYear = new Date().getFullYear();
  const shown = shownValues(values, currentYear);
  // A project name Excel refuses as a sheet name (a / or :, over 31 characters) names a legal sheet instead.
  const adjusted = adjustedSheetName(shown);

  const set = (field: keyof Values) => (value: string) => {
    setValues((prev) => ({ ...prev, [field]: value }));
    setErrors((prev) => ({ ...prev, fields: { ...prev.fields, [field]: undefined } }));
  };

  const showErrors = (list: FieldError[]) => {
    const grouped = byField(list, lang);
    setErrors(grouped);
    setStatus({ kind: 'idle' });
    const first = (['name', 'sheetName', 'amount', 'start', 'end', 'budgetYear', 'unit', 'from'] as const).find((f) => grouped.fields[f]);
    if (first) controls.current[first]?.focus();
  };

  // The workbook is read only when the list is opened: the copy source is optional, a read is not free.
  const loadSources = async () => {
    if (!host || sources !== null) return;
    setSources('loading');
    try {
      setSources(copyableProjectSheets(await host.readSnapshot()));
    } catch (error) {
      setSources(null);
      setStatus({ kind: 'failed', text: errorText(error, lang, s.npReadFailed) });
    }
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!host || busy) return;
    // The starting indicators belong to the default template; a copy keeps its source's rows.
    const copying = values.from !== '';
    const input: NewProjectInput = { ...inputOf(shown), type: copying ? undefined : type || undefined, indicators: copying ? undefined : chosenIds(type, unticked) };
    const checked = NewProjectInputSchema.safeParse(input);
    if (!checked.success) {
      showErrors(describeIssues(checked.error.issues));
      return;
    }
    setErrors({ fields: {}, general: [] });
    setStatus({ kind: 'busy' });
    let snapshot;
    try {
      snapshot = await host.readSnapshot();
    } catch (error) {
      setStatus({ kind: 'failed', text: errorText(error, lang, s.npReadFailed) });
      return;
    }
    const plan = planNewProject(input, snapshot, currentYear);
    if (!plan.ok) {
      showErrors(plan.errors);
      return;
    }
    try {
      // createSheet activates the new sheet; a separate select could only turn a made sheet into a failure.
      await host.createSheet(plan.spec);
    } catch (error) {
      setStatus({ kind: 'failed', text: errorText(error, lang, s.npFailed) });
      return;
    }
    setStatus({ kind: 'created', sheet: plan.spec.name, dropdowns: host.capabilities().dataValidation, skipped: plan.skipped });
    setValues(EMPTY);
    setSources(null);
    setType('');
    setUnticked(new Set());
  };

  const textField = (field: TextField, label: string, options: { required?: boolean; hint?: string; inputMode?: 'numeric' | 'decimal'; className?: string } = {}) => (
    <Field
      label={label}
      required={options.required}
      hint={options.hint}
      validationState={errors.fields[field] ? 'error' : 'none'}
      validationMessage={errors.fields[field]}
      className={options.className}
    >
      <Input
        ref={(element) => {
          controls.current[field] = element;
        }}
        value={shown[field]}
        onChange={(_, data) => set(field)(data.value)}
        inputMode={options.inputMode}
        disabled={busy}
        className={styles.full}
      />
    </Field>
  );

  const fromLabel = values.from === '' ? s.npFromTemplate : values.from;
  const sourceList = Array.isArray(sources) ? sources : [];

  return (
    <form aria-label={s.npFormLabel} className={styles.form} onSubmit={submit} noValidate>
      <Text as="p">{s.newProjectPlaceholder}</Text>
      {textField('name', s.npName, { required: true })}
      {textField('sheetName', s.npSheetName, { hint: adjusted ? sheetNameNote(adjusted)[lang] : s.npSheetNameHint })}
      {textField('amount', s.npAmount, { inputMode: 'decimal' })}
      <div className={styles.years}>
        {textField('start', s.npStart, { inputMode: 'numeric', className: styles.year })}
        {textField('end', s.npEnd, { inputMode: 'numeric', className: styles.year })}
      </div>
      {textField('budgetYear', s.npBudgetYear, { inputMode: 'numeric', hint: s.npBudgetYearHint })}
      {textField('unit', s.npUnit)}
      <Field label={s.npFrom} hint={s.npFromHint} validationState={errors.fields.from ? 'error' : 'none'} validationMessage={errors.fields.from}>
        <Dropdown
          ref={(element) => {
            controls.current.from = element;
          }}
          value={fromLabel}
          selectedOptions={[values.from]}
          onOptionSelect={(_, data) => set('from')(data.optionValue ?? '')}
          onOpenChange={(_, data) => {
            if (data.open) void loadSources();
          }}
          disabled={busy || !host}
          className={styles.full}
        >
          <Option value="">{s.npFromTemplate}</Option>
          {sources === 'loading' ? (
            <Option value="__loading" disabled>
              {s.npFromLoading}
            </Option>
          ) : Array.isArray(sources) && sources.length === 0 ? (
            <Option value="__none" disabled>
              {s.npFromNone}
            </Option>
          ) : (
            sourceList.map((name) => (
              <Option key={name} value={name}>
                {name}
              </Option>
            ))
          )}
        </Dropdown>
      </Field>
      <StarterIndicators
        type={type}
        unticked={unticked}
        onType={(t) => {
          setType(t);
          setUnticked(new Set());
        }}
        onToggle={(id, ticked) =>
          setUnticked((prev) => {
            const next = new Set(prev);
            if (ticked) next.delete(id);
            else next.add(id);
            return next;
          })
        }
        disabled={busy}
        copying={values.from !== ''}
      />
      {errors.general.length > 0 || Object.values(errors.fields).some(Boolean) ? (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{[...errors.general, s.npFixErrors].join(' ')}</MessageBarBody>
        </MessageBar>
      ) : null}
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" disabled={busy || !host}>
          {s.npCreate}
        </Button>
        {busy ? <Spinner size="tiny" label={s.npCreating} /> : null}
      </div>
      {!host ? <Text>{s.npNoHost}</Text> : null}
      <Outcome status={status} />
    </form>
  );
}

function Outcome({ status }: { status: Status }) {
  const s = useStrings();
  if (status.kind === 'failed') {
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>{status.text}</MessageBarBody>
      </MessageBar>
    );
  }
  if (status.kind !== 'created') return null;
  return (
    <>
      <MessageBar intent="success" layout="multiline">
        <MessageBarBody>{fill(s.npCreated, { sheet: status.sheet })}</MessageBarBody>
      </MessageBar>
      {!status.dropdowns ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{s.npNoDropdowns}</MessageBarBody>
        </MessageBar>
      ) : null}
      {status.skipped.length > 0 ? (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{fill(s.npSkipped, { fields: status.skipped.join('、') })}</MessageBarBody>
        </MessageBar>
      ) : null}
    </>
  );
}
