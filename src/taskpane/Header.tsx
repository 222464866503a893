import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { useStrings } from '../i18n';

const useStyles = makeStyles({
  header: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXS,
  },
  title: { margin: 0 },
  subtitle: { margin: 0, color: tokens.colorNeutralForeground3 },
});

export function Header() {
  const s = useStrings();
  const styles = useStyles();
  return (
    <header className={styles.header}>
      <Text as="h1" size={500} weight="semibold" className={styles.title}>
        {s.appTitle}
      </Text>
      <Text as="p" size={200} className={styles.subtitle}>
        {s.appSubtitle}
      </Text>
    </header>
  );
}
