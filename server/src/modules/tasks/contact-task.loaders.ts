import { oneLoader } from '../../graphql/loader-utils';
import type { ContactTaskService } from './contact-task.service';

export function contactTaskLoaders(tasks: ContactTaskService) {
  return {
    contactTask: oneLoader((ids) => tasks.byIds(ids), (t) => t.id),
  };
}
